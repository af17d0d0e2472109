package se.styrplan.indicator.catalogue;

/** Between the entity and the API records: the API never sees the entity, so the table can change freely. */
final class IndicatorMapper {

    private IndicatorMapper() {
    }

    static IndicatorDefinition toDefinition(Indicator indicator) {
        return new IndicatorDefinition(indicator.id, indicator.key, indicator.title, indicator.description,
                indicator.unit, indicator.unitLabel, indicator.direction, indicator.source, indicator.koladaKpiId,
                indicator.koladaKpiIdChecked, indicator.dividedByGender, indicator.owningDepartment, indicator.status,
                indicator.replacedBy, indicator.retiredReason, indicator.createdAt, indicator.updatedAt, indicator.version);
    }

    /** The writable fields as they are now: equal to an upsert's input exactly when the upsert changes nothing. */
    static IndicatorDefinitionInput toInput(Indicator indicator) {
        return new IndicatorDefinitionInput(indicator.key, indicator.title, indicator.description, indicator.unit,
                indicator.unitLabel, indicator.direction, indicator.source, indicator.koladaKpiId,
                indicator.koladaKpiIdChecked, indicator.dividedByGender, indicator.owningDepartment);
    }

    static void apply(IndicatorDefinitionInput input, Indicator indicator) {
        indicator.key = input.key();
        indicator.title = input.title();
        indicator.description = input.description();
        indicator.unit = input.unit();
        indicator.unitLabel = input.unitLabel();
        indicator.direction = input.direction();
        indicator.source = input.source();
        indicator.koladaKpiId = input.koladaKpiId();
        indicator.koladaKpiIdChecked = input.koladaKpiIdChecked();
        indicator.dividedByGender = input.dividedByGender();
        indicator.owningDepartment = input.owningDepartment();
    }
}
