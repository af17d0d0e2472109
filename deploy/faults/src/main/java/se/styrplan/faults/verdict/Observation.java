package se.styrplan.faults.verdict;

import java.util.Map;

/**
 * What the checks after a scenario found.
 *
 * @param outboxRows              rows left in each service's outbox_event
 * @param lagByTopic              reporting-service's consumer lag per topic (end offsets − committed offsets)
 * @param deadLettered            records on reporting-service's dead-letter topic
 * @param valuesSent              distinct values sent in the run so far (each a new key, or a manual entry's last value)
 * @param valuesStored            of them, those indicator-service holds as sent
 * @param sourceRows              measurement rows in indicator-service
 * @param readModelRows           measurement rows in reporting-service's read model
 * @param readModelDifferences    indicators whose rows differ between the two (count or fingerprint of key, value, status, revision)
 * @param consistencyDifferences  differences the consistency check reported; -1 when it could not run
 * @param loadErrors              requests of the load that failed (5xx or no answer) although no fault was injected
 */
public record Observation(Map<String, Long> outboxRows, Map<String, Long> lagByTopic, EventCounts events, long deadLettered,
        long valuesSent, long valuesStored, long sourceRows, long readModelRows, long readModelDifferences, long consistencyDifferences,
        long loadErrors) {
}
