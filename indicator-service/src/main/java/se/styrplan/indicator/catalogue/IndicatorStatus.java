package se.styrplan.indicator.catalogue;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** An indicator is never deleted (values and old plan versions refer to it): it is retired instead. */
@Schema(name = "IndicatorStatus", description = "active, or retired (kept for history, possibly replaced by another)")
public enum IndicatorStatus implements Coded {
    ACTIVE("active"),
    RETIRED("retired");

    /** Every code, for validating a query parameter (a test keeps it equal to the constants). */
    public static final String CODES = "active|retired";

    private final String code;

    IndicatorStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter
    public static class JpaConverter extends CodedConverter<IndicatorStatus> {
        public JpaConverter() {
            super(IndicatorStatus.class);
        }
    }
}
