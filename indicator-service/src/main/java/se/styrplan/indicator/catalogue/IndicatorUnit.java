package se.styrplan.indicator.catalogue;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** The normalised unit of an indicator; the plan's own wording is kept beside it as the unit label. */
@Schema(name = "IndicatorUnit", description = "Normalised unit of an indicator's values")
public enum IndicatorUnit implements Coded {
    PERCENT("percent"),
    COUNT("count"),
    COUNT_PER_100K("count_per_100k"),
    COUNT_PER_1000("count_per_1000"),
    COUNT_PER_INHABITANT("count_per_inhabitant"),
    DAYS_PER_PERSON("days_per_person"),
    SEK("sek"),
    INDEX_0_100("index_0_100"),
    TONNES_PER_INHABITANT("tonnes_per_inhabitant"),
    TONNES("tonnes"),
    MIL_PER_INHABITANT("mil_per_inhabitant"),
    MICROGRAM_PER_M3("microgram_per_m3"),
    KG_PER_INHABITANT("kg_per_inhabitant"),
    MG_PER_KG("mg_per_kg"),
    GRADE_1_6("grade_1_6"),
    RATIO("ratio"),
    CHILDREN_PER_TEACHER("children_per_teacher"),
    YES_COUNT("yes_count");

    private final String code;

    IndicatorUnit(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter
    public static class JpaConverter extends CodedConverter<IndicatorUnit> {
        public JpaConverter() {
            super(IndicatorUnit.class);
        }
    }
}
