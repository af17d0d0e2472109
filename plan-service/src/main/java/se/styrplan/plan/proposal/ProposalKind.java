package se.styrplan.plan.proposal;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/** A revision changes the plan (a working copy of it); a statement is text only, like a party's priorities. */
public enum ProposalKind {
    REVISION, STATEMENT;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    /** The value with this code, or null. */
    public static ProposalKind ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst().orElse(null);
    }

    /** Stores the code, as the table's check constraint and the API spell it. */
    @jakarta.persistence.Converter
    public static class Stored implements jakarta.persistence.AttributeConverter<ProposalKind, String> {
        @Override
        public String convertToDatabaseColumn(ProposalKind value) {
            return value == null ? null : value.code();
        }

        @Override
        public ProposalKind convertToEntityAttribute(String code) {
            return code == null ? null : ofCode(code);
        }
    }
}
