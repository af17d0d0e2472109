package se.styrplan.indicator.measurement;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.events.IndicatorTopic;
import se.styrplan.indicator.measurement.events.MeasurementsRecorded;
import se.styrplan.platform.outbox.Outbox;

/** Puts the measurement events in the outbox, inside the transaction of the change, keyed by the indicator's id. */
@ApplicationScoped
class MeasurementEvents {

    @Inject
    Outbox outbox;

    void recorded(Indicator indicator, MeasurementSource source, String recordedBy, OffsetDateTime recordedAt,
            List<MeasurementsRecorded.Value> values) {
        MeasurementsRecorded event = new MeasurementsRecorded(indicator.id, indicator.key, indicator.unit, indicator.direction,
                indicator.owningDepartment, source, recordedBy, recordedAt, null, values);
        outbox.publish(IndicatorTopic.NAME, indicator.id.toString(), MeasurementsRecorded.TYPE, IndicatorTopic.subject(indicator.id), event);
    }
}
