package se.styrplan.reporting.status;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an indicator stands against its target (see {@link IndicatorRules}). */
@Schema(name = "IndicatorStatusCode", description = "reached, on_track, off_track, no_target, insufficient_data or not_yet_published")
public enum IndicatorStatus {
    /** The latest value meets the target. */
    REACHED("reached"),
    /** The forecast to the target year meets the target. */
    ON_TRACK("on_track"),
    /** The forecast misses the target, or the target year has passed without it being met. */
    OFF_TRACK("off_track"),
    /** The indicator has no target. */
    NO_TARGET("no_target"),
    /** Too few values to judge (a forecast needs 3). */
    INSUFFICIENT_DATA("insufficient_data"),
    /** The latest year's value is due but not published yet: never shown as a failure. */
    NOT_YET_PUBLISHED("not_yet_published");

    private final String code;

    IndicatorStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static IndicatorStatus fromCode(String code) {
        for (IndicatorStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("No indicator status has the code " + code);
    }
}
