package se.styrplan.indicator.measurement;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.catalogue.CodedConverter;

/** The channel a value arrived through. */
@Schema(name = "MeasurementSource", description = "How the value arrived: kolada (the Kolada sync), manual (entered or "
        + "corrected by a person), file (an uploaded CSV/XLSX), bulk (the bulk API), demo (generated demo data)")
public enum MeasurementSource implements Coded {
    KOLADA("kolada"),
    MANUAL("manual"),
    FILE("file"),
    BULK("bulk"),
    DEMO("demo");

    private final String code;

    MeasurementSource(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter
    public static class JpaConverter extends CodedConverter<MeasurementSource> {
        public JpaConverter() {
            super(MeasurementSource.class);
        }
    }
}
