package se.styrplan.indicator.catalogue;

/** What a catalogue listing is narrowed to; a null field does not narrow. */
public record IndicatorFilter(
        String titleContains,
        IndicatorStatus status,
        IndicatorSource source,
        String owningDepartment,
        String koladaKpiId) {
}
