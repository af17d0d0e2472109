package se.styrplan.indicator.measurement;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.catalogue.CodedConverter;

/** How far a value can be trusted. */
@Schema(name = "MeasurementStatus", description = "final; preliminary (may still change); suppressed (Kolada's \"..\": "
        + "withheld, no value); synthetic (generated demo data, never real)")
public enum MeasurementStatus implements Coded {
    FINAL("final"),
    PRELIMINARY("preliminary"),
    SUPPRESSED("suppressed"),
    SYNTHETIC("synthetic");

    /** Every code, for validating input (a test keeps it equal to the constants). */
    public static final String CODES = "final|preliminary|suppressed|synthetic";

    private final String code;

    MeasurementStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter
    public static class JpaConverter extends CodedConverter<MeasurementStatus> {
        public JpaConverter() {
            super(MeasurementStatus.class);
        }
    }
}
