package se.styrplan.indicator.measurement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.events.IndicatorTopic;
import se.styrplan.indicator.measurement.events.MeasurementsRecorded;
import se.styrplan.platform.outbox.Outbox;

/** Puts the measurement events in the outbox, inside the transaction of the change, keyed by the indicator's id. */
@ApplicationScoped
public class MeasurementEvents {

    /**
     * The most values one event carries: an import chunk's changes to one indicator are split into events of at most
     * this many (about 80 kB of JSON each), so that no event nears Kafka's 1 MB message limit and the outbox relay's
     * batches stay small in memory.
     */
    public static final int MAX_VALUES_PER_EVENT = 500;

    @Inject
    Outbox outbox;

    /** Every change to values, for what keeps values read (SeriesCache), after the transaction commits. */
    @Inject
    Event<SeriesCache.MeasurementsChanged> changed;

    /** A manual request's changes: one event, whatever their number (a request holds at most 1000 values). */
    void recorded(Indicator indicator, MeasurementSource source, String recordedBy, OffsetDateTime recordedAt,
            List<MeasurementsRecorded.Value> values) {
        publish(indicator, source, recordedBy, recordedAt, null, values);
    }

    /**
     * An import chunk's changes, by indicator: one event per indicator and {@link #MAX_VALUES_PER_EVENT} values, all
     * written to the outbox in batches (a chunk changes hundreds of indicators).
     */
    public void imported(Map<Indicator, List<MeasurementsRecorded.Value>> changes, MeasurementSource source, String recordedBy,
            OffsetDateTime recordedAt, UUID importJobId) {
        List<Outbox.Pending> pending = new ArrayList<>();
        changes.forEach((indicator, values) -> {
            for (int from = 0; from < values.size(); from += MAX_VALUES_PER_EVENT) {
                MeasurementsRecorded event = event(indicator, source, recordedBy, recordedAt, importJobId,
                        values.subList(from, Math.min(values.size(), from + MAX_VALUES_PER_EVENT)));
                pending.add(new Outbox.Pending(indicator.id.toString(), MeasurementsRecorded.TYPE, IndicatorTopic.subject(indicator.id),
                        event));
            }
        });
        outbox.publishAll(IndicatorTopic.NAME, pending);
        if (!pending.isEmpty()) {
            changed.fire(new SeriesCache.MeasurementsChanged());
        }
    }

    private void publish(Indicator indicator, MeasurementSource source, String recordedBy, OffsetDateTime recordedAt,
            UUID importJobId, List<MeasurementsRecorded.Value> values) {
        MeasurementsRecorded event = event(indicator, source, recordedBy, recordedAt, importJobId, values);
        outbox.publish(IndicatorTopic.NAME, indicator.id.toString(), MeasurementsRecorded.TYPE, IndicatorTopic.subject(indicator.id), event);
        changed.fire(new SeriesCache.MeasurementsChanged());
    }

    private static MeasurementsRecorded event(Indicator indicator, MeasurementSource source, String recordedBy,
            OffsetDateTime recordedAt, UUID importJobId, List<MeasurementsRecorded.Value> values) {
        return new MeasurementsRecorded(indicator.id, indicator.key, indicator.unit, indicator.direction, indicator.owningDepartment,
                source, recordedBy, recordedAt, importJobId, values);
    }
}
