package se.styrplan.faults.verdict;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event counts of a run, from three independent sources: the topics themselves (every record and its CloudEvent
 * id, read with a consumer of our own), reporting-service's ledger ({@code processed_event}: one row per event id,
 * written in the transaction of the event's effect), and reporting-service's consumer log (one line per record it
 * handled and the outcome, written after the transaction committed, and kept across restarts).
 *
 * @param records             records on the topics (a relay's resend after a crash is a second record of the same event)
 * @param produced            distinct CloudEvent ids on the topics
 * @param consumed            produced events the ledger holds
 * @param lost                produced events the ledger does not hold
 * @param appliedTwice        events whose records the consumer logged as taking effect (applied or ignored) more than once
 * @param duplicatesSkipped   records the consumer logged as a duplicate (an id already in the ledger) and skipped
 * @param unlogged            ledger events without a log line (a process killed between its commit and the log write)
 * @param notProduced         ledger events that are not on the topics (should not exist)
 */
public record EventCounts(long records, long produced, long consumed, long lost, long appliedTwice, long duplicatesSkipped,
        long unlogged, long notProduced) {

    public static EventCounts count(Map<RecordRef, String> idsByRecord, Set<String> ledger, List<LoggedOutcome> log) {
        Set<String> produced = new HashSet<>(idsByRecord.values());
        long consumed = produced.stream().filter(ledger::contains).count();
        long notProduced = ledger.stream().filter(id -> !produced.contains(id)).count();
        Map<String, Integer> effects = new HashMap<>();
        long duplicates = 0;
        for (LoggedOutcome line : log) {
            String id = idsByRecord.get(line.record());
            if (id == null) {
                continue; // a record of a topic we do not count (none are expected)
            }
            if (line.tookEffect()) {
                effects.merge(id, 1, Integer::sum);
            } else {
                duplicates++;
            }
        }
        long twice = effects.values().stream().filter(n -> n > 1).count();
        long unlogged = ledger.stream().filter(produced::contains).filter(id -> !effects.containsKey(id)).count();
        return new EventCounts(idsByRecord.size(), produced.size(), consumed, produced.size() - consumed, twice, duplicates, unlogged,
                notProduced);
    }
}
