package se.styrplan.plan.structure;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Stable, readable keys from titles ("En miljösmart kommun" → "en-miljosmart-kommun"). */
public final class Keys {

    private static final int MAX_LENGTH = 80;

    private Keys() {
    }

    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /** The slug of the title, with -2, -3, ... appended while it is taken. */
    public static String unique(String title, Set<String> taken) {
        String base = slug(title);
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
