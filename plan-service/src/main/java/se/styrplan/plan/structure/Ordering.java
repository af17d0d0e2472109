package se.styrplan.plan.structure;

import java.util.HashSet;
import java.util.List;

import se.styrplan.platform.problem.ApiException;

/** Checks a reorder request: the same ids as the list has, each once. */
final class Ordering {

    private Ordering() {
    }

    static void requireSameIds(List<?> existing, List<?> requested) {
        if (requested.size() != existing.size() || !new HashSet<>(requested).equals(new HashSet<>(existing))
                || new HashSet<>(requested).size() != requested.size()) {
            throw ApiException.invalid("ids", "must list each of the " + existing.size() + " current ids exactly once");
        }
    }
}
