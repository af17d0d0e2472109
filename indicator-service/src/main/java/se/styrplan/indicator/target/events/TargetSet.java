package se.styrplan.indicator.target.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import se.styrplan.indicator.catalogue.Direction;
import se.styrplan.indicator.catalogue.IndicatorUnit;
import se.styrplan.indicator.measurement.Gender;

/**
 * Published contract (additive changes only): a target was set or changed. {@code previousValue} is null when the
 * indicator had no target for that year and gender.
 */
public record TargetSet(
        UUID indicatorId,
        String indicatorKey,
        IndicatorUnit unit,
        Direction direction,
        String owningDepartment,
        int year,
        Gender gender,
        BigDecimal value,
        BigDecimal previousValue,
        String comment,
        String setBy,
        OffsetDateTime setAt) {

    public static final String TYPE = "se.styrplan.indicator.TargetSet.v1";
}
