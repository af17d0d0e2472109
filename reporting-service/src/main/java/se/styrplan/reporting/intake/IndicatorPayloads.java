package se.styrplan.reporting.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What reporting-service reads of {@code styrplan.indicator.v1} (the schema is indicator-service's
 * {@code ...catalogue.events}, {@code ...measurement.events} and {@code ...target.events}); fields it does not know
 * are ignored.
 */
final class IndicatorPayloads {

    static final String DEFINITION_CHANGED = "se.styrplan.indicator.IndicatorDefinitionChanged.v1";
    static final String RETIRED = "se.styrplan.indicator.IndicatorRetired.v1";
    static final String MEASUREMENTS_RECORDED = "se.styrplan.indicator.MeasurementsRecorded.v1";
    static final String TARGET_SET = "se.styrplan.indicator.TargetSet.v1";
    static final String TARGET_REMOVED = "se.styrplan.indicator.TargetRemoved.v1";

    private IndicatorPayloads() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DefinitionChanged(UUID id, String key, String title, String unit, String unitLabel, String direction,
            String source, String koladaKpiId, Boolean dividedByGender, String owningDepartment, String status, UUID replacedBy, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Retired(UUID id, String key, UUID replacedBy, String reason) {
    }

    /** One event per write request or import chunk. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeasurementsRecorded(UUID indicatorId, String indicatorKey, String unit, String direction, String owningDepartment,
            List<Value> values) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Value(String areaCode, String period, String gender, BigDecimal value, String status, Integer revision,
            BigDecimal previousValue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TargetSet(UUID indicatorId, String indicatorKey, String unit, String direction, String owningDepartment, Integer year,
            String gender, BigDecimal value, String comment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TargetRemoved(UUID indicatorId, Integer year, String gender) {
    }
}
