package se.styrplan.indicator.catalogue;

import java.util.UUID;

/** What a series or a cross-section names of its indicator, read as values without loading the entity. */
public record IndicatorHeader(UUID id, String key, IndicatorUnit unit, String unitLabel, Direction direction) {
}
