package se.styrplan.plan.proposal;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/** A proposal's life: a draft its authors edit, submitted (a public record from then on), then adopted, rejected or withdrawn. */
public enum ProposalStatus {
    DRAFT, SUBMITTED, ADOPTED, REJECTED, WITHDRAWN;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    /** The value with this code, or null. */
    public static ProposalStatus ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst().orElse(null);
    }

    /** Stores the code, as the table's check constraint and the API spell it. */
    @jakarta.persistence.Converter
    public static class Stored implements jakarta.persistence.AttributeConverter<ProposalStatus, String> {
        @Override
        public String convertToDatabaseColumn(ProposalStatus value) {
            return value == null ? null : value.code();
        }

        @Override
        public ProposalStatus convertToEntityAttribute(String code) {
            return code == null ? null : ofCode(code);
        }
    }
}
