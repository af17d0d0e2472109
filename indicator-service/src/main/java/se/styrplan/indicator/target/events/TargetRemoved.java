package se.styrplan.indicator.target.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import se.styrplan.indicator.measurement.Gender;

/** Published contract (additive changes only): a target was removed; the indicator has none for that year and gender. */
public record TargetRemoved(
        UUID indicatorId,
        String indicatorKey,
        String owningDepartment,
        int year,
        Gender gender,
        BigDecimal previousValue,
        String removedBy,
        OffsetDateTime removedAt) {

    public static final String TYPE = "se.styrplan.indicator.TargetRemoved.v1";
}
