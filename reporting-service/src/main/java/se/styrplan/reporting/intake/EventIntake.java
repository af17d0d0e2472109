package se.styrplan.reporting.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies one consumed event to the read model in one transaction: its id is recorded in {@code processed_event}
 * with its effect, so a redelivered event is skipped. Unknown types are recorded and ignored (a newer producer may
 * publish more than this service knows). Anything thrown rolls the whole event back and sends the message to the
 * dead-letter topic.
 */
@ApplicationScoped
public class EventIntake {

    public enum Outcome {
        APPLIED, IGNORED, DUPLICATE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    ProcessedEvents processed;

    @Inject
    PlanIntake plans;

    @Inject
    IndicatorIntake indicators;

    @Transactional
    public Outcome accept(ConsumerRecord<String, String> record) {
        Envelope event = Envelope.parse(record.value(), json);
        IntakeSpans.describe(event);
        boolean known = knows(event.type());
        if (!processed.firstTime(event, record, known)) {
            return Outcome.DUPLICATE;
        }
        if (!known) {
            return Outcome.IGNORED;
        }
        switch (event.type()) {
            case PlanPayloads.VERSION_ADOPTED -> plans.versionAdopted(event.data(PlanPayloads.VersionAdopted.class, json), event.time());
            case IndicatorPayloads.DEFINITION_CHANGED -> indicators.definitionChanged(event.data(IndicatorPayloads.DefinitionChanged.class, json));
            case IndicatorPayloads.RETIRED -> indicators.retired(event.data(IndicatorPayloads.Retired.class, json));
            case IndicatorPayloads.MEASUREMENTS_RECORDED ->
                    indicators.measurementsRecorded(event.data(IndicatorPayloads.MeasurementsRecorded.class, json));
            case IndicatorPayloads.TARGET_SET -> indicators.targetSet(event.data(IndicatorPayloads.TargetSet.class, json));
            case IndicatorPayloads.TARGET_REMOVED -> indicators.targetRemoved(event.data(IndicatorPayloads.TargetRemoved.class, json));
            default -> throw new IllegalStateException("no handler for " + event.type());
        }
        em.flush(); // a constraint the effect breaks fails here, with its own message, not as a failed commit
        return Outcome.APPLIED;
    }

    /**
     * The types this service acts on. Goal events of drafts are not among them: an adopted version never changes,
     * and VersionAdopted carries all its goals.
     */
    static boolean knows(String type) {
        return switch (type) {
            case PlanPayloads.VERSION_ADOPTED, IndicatorPayloads.DEFINITION_CHANGED, IndicatorPayloads.RETIRED,
                    IndicatorPayloads.MEASUREMENTS_RECORDED, IndicatorPayloads.TARGET_SET, IndicatorPayloads.TARGET_REMOVED -> true;
            default -> false;
        };
    }
}
