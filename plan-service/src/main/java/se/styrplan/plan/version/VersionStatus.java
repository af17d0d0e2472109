package se.styrplan.plan.version;

import com.fasterxml.jackson.annotation.JsonValue;

/** A draft is edited freely; an adopted version is a public record and never changes again. */
public enum VersionStatus {
    DRAFT,
    ADOPTED;

    @JsonValue
    public String json() {
        return name().toLowerCase();
    }
}
