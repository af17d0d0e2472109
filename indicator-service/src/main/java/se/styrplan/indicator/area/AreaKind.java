package se.styrplan.indicator.area;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.catalogue.CodedConverter;

/** What an area is: a municipality (kommun), a region, or the whole country (Riket). */
@Schema(name = "AreaKind", description = "municipality, region, or country (Riket)")
public enum AreaKind implements Coded {
    MUNICIPALITY("municipality"),
    REGION("region"),
    COUNTRY("country");

    private final String code;

    AreaKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter
    public static class JpaConverter extends CodedConverter<AreaKind> {
        public JpaConverter() {
            super(AreaKind.class);
        }
    }
}
