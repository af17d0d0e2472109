package se.styrplan.plan.proposal;

import com.fasterxml.jackson.annotation.JsonValue;

/** What happens to an item between two versions. */
public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED,
    /** A goal in another target area (and perhaps changed too). */
    MOVED,
    /** The items of one list (sections, target areas, an area's goals, a goal's SDGs or indicators) in a new order. */
    REORDERED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
