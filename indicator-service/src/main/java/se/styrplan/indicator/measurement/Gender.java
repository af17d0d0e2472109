package se.styrplan.indicator.measurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import se.styrplan.indicator.catalogue.Coded;

/** Kolada's gender split: T total, K kvinnor (women), M män (men). */
@Schema(name = "Gender", description = "T total, K kvinnor (women), M män (men)")
public enum Gender implements Coded {
    T("T"),
    K("K"),
    M("M");

    /** Every code, for validating a parameter (a test keeps it equal to the constants). */
    public static final String CODES = "T|K|M";

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public static boolean isCode(String code) {
        return code != null && code.matches(CODES);
    }
}
