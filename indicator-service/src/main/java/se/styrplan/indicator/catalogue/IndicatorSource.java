package se.styrplan.indicator.catalogue;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an indicator's values come from. */
@Schema(name = "IndicatorSource", description = "Where the values come from: Kolada, SCB's citizen survey (MBU), "
        + "Insikt, Svenskt Näringsliv, the municipality's own HR data or other own data, Skolverket, or other")
public enum IndicatorSource implements Coded {
    KOLADA("kolada"),
    SCB_MBU("scb_mbu"),
    INSIKT("insikt"),
    SVENSKT_NARINGSLIV("svenskt_naringsliv"),
    OWN_HR_DATA("own_hr_data"),
    OWN_DATA("own_data"),
    SKOLVERKET("skolverket"),
    OTHER("other");

    /** Every code, for validating a query parameter (a test keeps it equal to the constants). */
    public static final String CODES = "kolada|scb_mbu|insikt|svenskt_naringsliv|own_hr_data|own_data|skolverket|other";

    private final String code;

    IndicatorSource(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter
    public static class JpaConverter extends CodedConverter<IndicatorSource> {
        public JpaConverter() {
            super(IndicatorSource.class);
        }
    }
}
