package se.styrplan.indicator.imports;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.catalogue.CodedConverter;

/** Where an import job is: queued, running, or finished one of three ways. */
@Schema(name = "ImportStatus", description = "queued, running, succeeded, failed (see failureReason) or cancelled")
public enum ImportStatus implements Coded {
    QUEUED("queued"),
    RUNNING("running"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    CANCELLED("cancelled");

    /** Every code, for validating a query parameter (a test keeps it equal to the constants). */
    public static final String CODES = "queued|running|succeeded|failed|cancelled";

    private final String code;

    ImportStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    @Converter
    public static class JpaConverter extends CodedConverter<ImportStatus> {
        public JpaConverter() {
            super(ImportStatus.class);
        }
    }
}
