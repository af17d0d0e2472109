package se.styrplan.reporting.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;
import se.styrplan.platform.problem.TransientFailures;

/**
 * The consumers of {@code styrplan.plan.v1} and {@code styrplan.indicator.v1} (channels {@code plan-events} and
 * {@code indicator-events}, group {@code reporting-service}). Each message is handled on a worker thread, one at
 * a time per channel so that one key's events keep their order, in its own transaction ({@link EventIntake}).
 * A message that still fails after a few tries (at once when it is unreadable) is rethrown: SmallRye then writes
 * it to {@code styrplan.reporting.dlq.v1} with the reason in its headers and goes on with the next one, so a poison
 * message never blocks its partition. A failure that is the database's, not the message's ({@code TransientFailures}:
 * PostgreSQL away or restarting, a lock conflict) is tried again for as long as it lasts, with a growing pause: the
 * partition waits, and nothing is dead-lettered for an outage.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);
    public static final String METRIC = "styrplan.reporting.events";
    /**
     * A message that fails for a reason other than its content is tried again after these pauses before it is
     * dead-lettered; an unreadable one is dead-lettered at once. The partition waits meanwhile (order is kept).
     */
    private static final long[] RETRY_DELAYS_MS = { 200, 1_000, 3_000 };
    /** The longest pause between tries while the database is away. */
    private static final long MAX_OUTAGE_PAUSE_MS = 15_000;

    @Inject
    EventIntake intake;

    @Inject
    MeterRegistry metrics;

    @Inject
    MaintenanceLock maintenance;

    @Inject
    IntakeSpans spans;

    @Incoming("plan-events")
    @Blocking
    public void planEvent(ConsumerRecord<String, String> record) {
        accept(record);
    }

    @Incoming("indicator-events")
    @Blocking
    public void indicatorEvent(ConsumerRecord<String, String> record) {
        accept(record);
    }

    private void accept(ConsumerRecord<String, String> record) {
        for (int attempt = 1;; attempt++) {
            Span span = spans.start(record, attempt);
            try (Scope traced = span.makeCurrent()) {
                // a rebuild of the read model holds the lock's exclusive side: wait for it, outside any transaction
                EventIntake.Outcome outcome = maintenance.whileApplying(() -> intake.accept(record));
                IntakeSpans.succeeded(span, outcome);
                metrics.counter(METRIC, "topic", record.topic(), "outcome", outcome.code()).increment();
                LOG.debugf("%s %s-%d@%d (key %s)", outcome.code(), record.topic(), record.partition(), record.offset(), record.key());
                return;
            } catch (RuntimeException e) {
                IntakeSpans.failed(span, e);
                if (!(e instanceof UnreadableEventException) && TransientFailures.isTransient(e)) {
                    long pause = Math.min(MAX_OUTAGE_PAUSE_MS, 200L << Math.min(attempt - 1, 10));
                    LOG.warnf("Message %s-%d@%d waits for the database (%s); trying again in %d ms (attempt %d)", record.topic(),
                            record.partition(), record.offset(), e.getMessage(), pause, attempt);
                    pause(pause);
                    continue;
                }
                if (!(e instanceof UnreadableEventException) && attempt <= RETRY_DELAYS_MS.length) {
                    // perhaps passing: the same message again, in a new transaction
                    LOG.infof("Message %s-%d@%d failed (%s); trying again (%d of %d)", record.topic(), record.partition(),
                            record.offset(), e.getMessage(), attempt, RETRY_DELAYS_MS.length);
                    pause(RETRY_DELAYS_MS[attempt - 1]);
                    continue;
                }
                metrics.counter(METRIC, "topic", record.topic(), "outcome", "failed").increment();
                LOG.warnf("Message %s-%d@%d (key %s) failed and goes to the dead-letter topic: %s", record.topic(), record.partition(),
                        record.offset(), record.key(), e.getMessage());
                throw e;
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
