package se.styrplan.plan.proposal;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who proposes: a party group (its members write the proposal) or the central office (the planners). */
public enum AuthorKind {
    PARTY_GROUP, CENTRAL_OFFICE;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    /** The value with this code, or null. */
    public static AuthorKind ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst().orElse(null);
    }

    /** Stores the code, as the table's check constraint and the API spell it. */
    @jakarta.persistence.Converter
    public static class Stored implements jakarta.persistence.AttributeConverter<AuthorKind, String> {
        @Override
        public String convertToDatabaseColumn(AuthorKind value) {
            return value == null ? null : value.code();
        }

        @Override
        public AuthorKind convertToEntityAttribute(String code) {
            return code == null ? null : ofCode(code);
        }
    }
}
