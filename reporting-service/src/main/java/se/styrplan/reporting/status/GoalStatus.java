package se.styrplan.reporting.status;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** A goal's (or a target area's, or a plan's) computed status: the roll-up of {@link Rollup}. */
@Schema(name = "GoalStatusCode", description = "A roll-up: on_track, partly, off_track or not_assessed")
public enum GoalStatus {
    ON_TRACK("on_track"),
    PARTLY("partly"),
    OFF_TRACK("off_track"),
    /** None of its indicators (or goals) could be judged. */
    NOT_ASSESSED("not_assessed");

    private final String code;

    GoalStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static GoalStatus fromCode(String code) {
        for (GoalStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("No goal status has the code " + code);
    }
}
