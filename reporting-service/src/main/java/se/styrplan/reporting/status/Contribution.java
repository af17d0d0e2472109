package se.styrplan.reporting.status;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** What one indicator adds to its goal's roll-up (see {@link Rollup}). */
@Schema(name = "Contribution", description = "What an indicator added to its goal's roll-up: on_track, off_track or not_counted")
public enum Contribution {
    ON_TRACK("on_track"),
    OFF_TRACK("off_track"),
    NOT_COUNTED("not_counted");

    private final String code;

    Contribution(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /**
     * reached or on_track count as on track, off_track as off track. Without a target, an improving trend counts as
     * on track and a worsening one as off track. Everything else is not counted: a stable or undirected trend
     * without a target, too little data, a value not yet published, an indicator nothing is known about.
     */
    public static Contribution of(IndicatorAssessment assessment) {
        if (assessment == null) {
            return NOT_COUNTED;
        }
        return switch (assessment.status()) {
            case REACHED, ON_TRACK -> ON_TRACK;
            case OFF_TRACK -> OFF_TRACK;
            case NO_TARGET -> switch (assessment.trend()) {
                case IMPROVING -> ON_TRACK;
                case WORSENING -> OFF_TRACK;
                default -> NOT_COUNTED;
            };
            case INSUFFICIENT_DATA, NOT_YET_PUBLISHED -> NOT_COUNTED;
        };
    }
}
