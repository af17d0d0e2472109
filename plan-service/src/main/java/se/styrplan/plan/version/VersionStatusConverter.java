package se.styrplan.plan.version;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the status in lower case, as the table's check constraint and the API spell it. */
@Converter
public class VersionStatusConverter implements AttributeConverter<VersionStatus, String> {

    @Override
    public String convertToDatabaseColumn(VersionStatus status) {
        return status == null ? null : status.json();
    }

    @Override
    public VersionStatus convertToEntityAttribute(String value) {
        return value == null ? null : VersionStatus.valueOf(value.toUpperCase());
    }
}
