package se.styrplan.indicator.measurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a request did to one value. */
@Schema(name = "RecordOutcome", description = "inserted (new value), corrected (changed; the old state is in the history), "
        + "unchanged (equal to the stored value: nothing written)")
public enum RecordOutcome {
    INSERTED("inserted"),
    CORRECTED("corrected"),
    UNCHANGED("unchanged");

    private final String code;

    RecordOutcome(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
