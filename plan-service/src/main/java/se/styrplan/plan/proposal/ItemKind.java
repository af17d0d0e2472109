package se.styrplan.plan.proposal;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of plan items a proposal changes and annotates. */
public enum ItemKind {
    SECTION("section"),
    TARGET_AREA("target_area"),
    GOAL("goal"),
    /** A goal's description ("Beskrivning"); its key is the goal's. */
    GOAL_TEXT("goal_text"),
    /** A goal's link to an SDG; its key is the goal's key, ':' and the SDG's number. */
    SDG("sdg"),
    /** A goal's indicator line; its key is the goal's key, ':' and the indicator's catalogue id. */
    INDICATOR("indicator");

    private final String code;

    ItemKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The kind with this code, or null. */
    public static ItemKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst().orElse(null);
    }

    /** The key of an SDG or indicator item: the goal's key, ':' and the local id. */
    public static String subKey(String goalKey, Object local) {
        return goalKey + ":" + local;
    }
}
