package se.styrplan.faults.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import se.styrplan.faults.measure.ConsistencyCall;
import se.styrplan.faults.measure.ConsumerLog;
import se.styrplan.faults.measure.Databases;
import se.styrplan.faults.measure.Kafka;
import se.styrplan.faults.verdict.EventCounts;
import se.styrplan.faults.verdict.Observation;
import se.styrplan.faults.verdict.RecordRef;
import se.styrplan.faults.verdict.Verdict;

/** The checks after a scenario, and the wait until they hold (the time to recover). */
public final class Checks {

    private static final List<String> CONSUMED_TOPICS = List.of(Kafka.PLAN_TOPIC, Kafka.INDICATOR_TOPIC);

    /** What was observed, with what the report prints beside the verdict's numbers. */
    public record Result(Observation observation, Verdict verdict, ConsistencyCall.Result consistency, long produced,
            List<String> deadLetters) {
    }

    private final Databases db;
    private final Kafka kafka;
    private final ConsistencyCall consistency;
    private final Path consumerLog;
    private final SentValues sent;

    public Checks(Databases db, Kafka kafka, ConsistencyCall consistency, Path consumerLog, SentValues sent) {
        this.db = db;
        this.kafka = kafka;
        this.consistency = consistency;
        this.consumerLog = consumerLog;
        this.sent = sent;
    }

    /**
     * Polls every second from the fault's end until the platform is quiet (outboxes empty, lag 0, as many values in the
     * read model as in indicator-service) and then the full checks find it caught up ({@link Verdict#caughtUp}); the
     * time to recover is from the fault's end to the start of that round. After {@code timeout} the last full check is
     * the result, not recovered.
     */
    public Result awaitRecovery(long faultEnd, Duration timeout, long loadErrors) throws Exception {
        long deadline = faultEnd + timeout.toNanos();
        while (true) {
            long round = System.nanoTime();
            if (quiet()) {
                Result result = observe(true, (round - faultEnd) / 1e9, loadErrors);
                if (Verdict.caughtUp(result.observation())) {
                    return result;
                }
            }
            if (System.nanoTime() > deadline) {
                return observe(false, timeout.toSeconds(), loadErrors);
            }
            Thread.sleep(1000);
        }
    }

    /** Cheap: the outboxes, the lag and the read model's size. */
    boolean quiet() {
        try {
            return db.outboxRows().values().stream().allMatch(n -> n == 0)
                    && kafka.lag(Kafka.REPORTING_GROUP, CONSUMED_TOPICS).values().stream().allMatch(n -> n == 0)
                    && db.measurements("indicator-service") == db.measurements("reporting-service");
        } catch (Exception e) {
            return false; // a component still coming back
        }
    }

    Result observe(boolean recovered, double seconds, long loadErrors) throws Exception {
        Map<String, Long> outbox = db.outboxRows();
        Map<String, Long> lag = kafka.lag(Kafka.REPORTING_GROUP, CONSUMED_TOPICS);
        Map<RecordRef, String> census = kafka.census(CONSUMED_TOPICS);
        EventCounts events = EventCounts.count(census, db.ledger(), ConsumerLog.read(consumerLog));
        List<String> deadLetters = kafka.deadLetters(Kafka.DEAD_LETTER_TOPIC);
        long deadLettered = deadLetters.size();
        Map<String, Databases.Fingerprint> source = db.fingerprints("indicator-service");
        Map<String, Databases.Fingerprint> readModel = db.fingerprints("reporting-service");
        long sourceRows = source.values().stream().mapToLong(Databases.Fingerprint::rows).sum();
        long readModelRows = readModel.values().stream().mapToLong(Databases.Fingerprint::rows).sum();
        ConsistencyCall.Result check = consistency.run();
        Observation o = new Observation(outbox, lag, events, deadLettered, sent.sent(), sent.stored(db), sourceRows, readModelRows,
                Databases.differing(source, readModel), check.differences(), loadErrors);
        return new Result(o, Verdict.judge(o, recovered, seconds), check, events.produced(), deadLetters);
    }
}
