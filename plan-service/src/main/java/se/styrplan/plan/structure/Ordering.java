package se.styrplan.plan.structure;

import java.util.HashSet;
import java.util.List;

import se.styrplan.platform.problem.ApiException;

/** Checks a reorder request: the same ids as the list has, each once. */
final class Ordering {

    private Ordering() {
    }

    /** Puts the items in the requested order (after checking it names each of them once). */
    static void apply(List<? extends VersionItem> items, List<java.util.UUID> requested) {
        requireSameIds(items.stream().map(i -> i.id).toList(), requested);
        items.forEach(i -> i.position = requested.indexOf(i.id));
    }

    static void requireSameIds(List<?> existing, List<?> requested) {
        if (requested.size() != existing.size() || !new HashSet<>(requested).equals(new HashSet<>(existing))
                || new HashSet<>(requested).size() != requested.size()) {
            throw ApiException.invalid("ids", "must list each of the " + existing.size() + " current ids exactly once");
        }
    }
}
