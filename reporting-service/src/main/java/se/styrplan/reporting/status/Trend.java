package se.styrplan.reporting.status;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way an indicator's values move, judged by its direction (see {@link IndicatorRules}). */
@Schema(name = "Trend", description = "improving, stable or worsening given the direction; rising or falling when the direction is none; insufficient_data with fewer than 3 values")
public enum Trend {
    IMPROVING("improving"),
    STABLE("stable"),
    WORSENING("worsening"),
    /** Moving up, for an indicator whose direction is {@code none} (nothing is better or worse). */
    RISING("rising"),
    /** Moving down, for an indicator whose direction is {@code none}. */
    FALLING("falling"),
    /** Fewer than 3 values in the trend window. */
    INSUFFICIENT_DATA("insufficient_data");

    private final String code;

    Trend(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
