package se.styrplan.indicator.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrplan.indicator.catalogue.events.IndicatorDefinitionChanged;
import se.styrplan.indicator.catalogue.events.IndicatorDefinitionChanged.Change;
import se.styrplan.indicator.catalogue.events.IndicatorRetired;
import se.styrplan.indicator.catalogue.events.IndicatorTopic;
import se.styrplan.platform.outbox.Outbox;

/** Puts the catalogue's events in the outbox, inside the transaction of the change they report. */
@ApplicationScoped
class IndicatorEvents {

    @Inject
    Outbox outbox;

    void definitionChanged(IndicatorDefinition d, Change change) {
        publish(d, IndicatorDefinitionChanged.TYPE, new IndicatorDefinitionChanged(d.id(), d.key(), d.title(),
                d.description(), d.unit(), d.unitLabel(), d.direction(), d.source(), d.koladaKpiId(),
                d.koladaKpiIdChecked(), d.dividedByGender(), d.owningDepartment(), d.status(), d.replacedBy(),
                d.retiredReason(), d.createdAt(), d.updatedAt(), d.version(), change));
    }

    void retired(IndicatorDefinition d) {
        publish(d, IndicatorRetired.TYPE, new IndicatorRetired(d.id(), d.key(), d.replacedBy(), d.retiredReason()));
    }

    private void publish(IndicatorDefinition d, String type, Object data) {
        outbox.publish(IndicatorTopic.NAME, d.id().toString(), type, IndicatorTopic.subject(d.id()), data);
    }
}
