package se.styrplan.indicator.imports;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.catalogue.CodedConverter;

/** How an import's values arrive. */
@Schema(name = "ImportKind", description = "bulk (the bulk API), file (an uploaded CSV or XLSX file), kolada (the Kolada "
        + "sync), demo (generated demo values)")
public enum ImportKind implements Coded {
    BULK("bulk"),
    FILE("file"),
    KOLADA("kolada"),
    DEMO("demo");

    /** Every code, for validating a query parameter (a test keeps it equal to the constants). */
    public static final String CODES = "bulk|file|kolada|demo";

    private final String code;

    ImportKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter
    public static class JpaConverter extends CodedConverter<ImportKind> {
        public JpaConverter() {
            super(ImportKind.class);
        }
    }
}
