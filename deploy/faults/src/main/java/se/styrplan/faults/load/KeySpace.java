package se.styrplan.faults.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Every value key the fault runs may write, each once: indicator × area × year × gender (K and M only for indicators
 * split by gender), in a fixed random order. Each import takes the next keys, so no two imports of a run share a key
 * and every value sent is a new one: values sent and values stored can then be compared by counting.
 * Years are before the demo values' 2015–2025, so the generated values never meet the seed's.
 */
public final class KeySpace {

    public static final int FIRST_YEAR = 1970;
    public static final int LAST_YEAR = 2014;
    static final String[] GENDERS = { "T", "K", "M" };

    private final Catalogue catalogue;
    private final List<String> areas;
    private final long[] keys;
    private int next;

    public KeySpace(Catalogue catalogue, List<String> areas, long seed) {
        this.catalogue = catalogue;
        this.areas = List.copyOf(areas);
        int years = LAST_YEAR - FIRST_YEAR + 1;
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < catalogue.indicators().size(); i++) {
            int genders = catalogue.indicators().get(i).byGender() ? 3 : 1;
            for (int a = 0; a < areas.size(); a++) {
                for (int y = 0; y < years; y++) {
                    for (int g = 0; g < genders; g++) {
                        all.add(encode(i, a, y, g));
                    }
                }
            }
        }
        keys = all.stream().mapToLong(Long::longValue).toArray();
        Random random = new Random(seed);
        for (int i = keys.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
        }
    }

    public int size() {
        return keys.length;
    }

    public int remaining() {
        return keys.length - next;
    }

    /** The next {@code n} keys, sorted by indicator, area, year and gender as a data set's export is. */
    public synchronized long[] take(int n) {
        if (n > remaining()) {
            throw new IllegalStateException("only " + remaining() + " unused value keys are left, " + n + " asked for");
        }
        long[] slice = Arrays.copyOfRange(keys, next, next + n);
        next += n;
        Arrays.sort(slice);
        return slice;
    }

    public Catalogue.Indicator indicator(long key) {
        return catalogue.indicators().get((int) (key >>> 32));
    }

    public String area(long key) {
        return areas.get((int) ((key >>> 16) & 0xFFFF));
    }

    public int year(long key) {
        return FIRST_YEAR + (int) ((key >>> 2) & 0x3FFF);
    }

    public String gender(long key) {
        return GENDERS[(int) (key & 0x3)];
    }

    static long encode(int indicator, int area, int year, int gender) {
        return ((long) indicator << 32) | ((long) area << 16) | ((long) year << 2) | gender;
    }
}
