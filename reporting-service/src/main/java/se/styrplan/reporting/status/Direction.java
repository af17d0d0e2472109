package se.styrplan.reporting.status;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way an indicator should move (indicator-service's codes); trends and targets are judged by it. */
public enum Direction {
    HIGHER_IS_BETTER("higher_is_better"),
    LOWER_IS_BETTER("lower_is_better"),
    NONE("none");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Unknown or missing codes read as {@link #NONE}: nothing is judged better or worse then. */
    public static Direction fromCode(String code) {
        for (Direction d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        return NONE;
    }
}
