package se.styrplan.indicator.catalogue.events;

import java.util.UUID;

/** Published contract (additive changes only): an indicator was retired, perhaps replaced by another. */
public record IndicatorRetired(UUID id, String key, UUID replacedBy, String reason) {

    public static final String TYPE = "se.styrplan.indicator.IndicatorRetired.v1";
}
