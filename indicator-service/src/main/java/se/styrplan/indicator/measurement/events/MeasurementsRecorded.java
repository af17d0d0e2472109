package se.styrplan.indicator.measurement.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.styrplan.indicator.catalogue.Direction;
import se.styrplan.indicator.catalogue.IndicatorUnit;
import se.styrplan.indicator.measurement.Gender;
import se.styrplan.indicator.measurement.MeasurementSource;
import se.styrplan.indicator.measurement.MeasurementStatus;

/**
 * Published contract (additive changes only): values of one indicator were recorded or corrected. One event per
 * request or import chunk, never one per value; values that did not change are not in it, and a request that
 * changed nothing publishes nothing. Enough of the indicator travels with it for a consumer to judge the values
 * without asking the service. A value's previousValue and previousStatus are absent (never null) when it is new.
 */
public record MeasurementsRecorded(
        UUID indicatorId,
        String indicatorKey,
        IndicatorUnit unit,
        Direction direction,
        String owningDepartment,
        /** How the values arrived: manual, kolada, file, bulk, demo. */
        MeasurementSource source,
        String recordedBy,
        OffsetDateTime recordedAt,
        /** The import job, when an import wrote the values. */
        UUID importJobId,
        List<Value> values) {

    public static final String TYPE = "se.styrplan.indicator.MeasurementsRecorded.v1";

    /** One value as stored after the change; {@code previousValue}/{@code previousStatus} are null for a new value. */
    public record Value(
            String areaCode,
            String period,
            Gender gender,
            BigDecimal value,
            MeasurementStatus status,
            int revision,
            // absent for a new value
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal previousValue,
            @JsonInclude(JsonInclude.Include.NON_NULL) MeasurementStatus previousStatus) {
    }
}
