package se.styrplan.faults.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EventCountsTest {

    private static final String TOPIC = "styrplan.indicator.v1";

    private static RecordRef at(int partition, long offset) {
        return new RecordRef(TOPIC, partition, offset);
    }

    private static LoggedOutcome line(String outcome, int partition, long offset) {
        return new LoggedOutcome(outcome, at(partition, offset));
    }

    @Test
    void aResentRecordSkippedAsDuplicateIsOneEventAppliedOnce() {
        Map<RecordRef, String> census = new LinkedHashMap<>();
        census.put(at(0, 0), "a");
        census.put(at(0, 1), "b");
        census.put(at(0, 2), "a"); // the relay sent a again after a crash
        EventCounts counts = EventCounts.count(census, Set.of("a", "b"),
                List.of(line("applied", 0, 0), line("applied", 0, 1), line("duplicate", 0, 2)));
        assertThat(counts).isEqualTo(new EventCounts(3, 2, 2, 0, 0, 1, 0, 0));
    }

    @Test
    void anEventThatTookEffectTwiceIsCountedWhateverTheLedgerSays() {
        Map<RecordRef, String> census = Map.of(at(0, 0), "a", at(1, 0), "b", at(0, 1), "a");
        // the same record redelivered after a kill and applied again, and a resend of it applied again too
        EventCounts counts = EventCounts.count(census, Set.of("a", "b"),
                List.of(line("applied", 0, 0), line("applied", 0, 0), line("ignored", 1, 0), line("applied", 0, 1)));
        assertThat(counts.appliedTwice()).isEqualTo(1);
        assertThat(counts.lost()).isZero();
    }

    @Test
    void anEventMissingFromTheLedgerIsLostAndOneOnNoTopicIsReported() {
        Map<RecordRef, String> census = Map.of(at(0, 0), "a", at(0, 1), "b", at(0, 2), "c");
        EventCounts counts = EventCounts.count(census, Set.of("a", "c", "z"), List.of(line("applied", 0, 0), line("applied", 0, 2)));
        assertThat(counts.produced()).isEqualTo(3);
        assertThat(counts.consumed()).isEqualTo(2);
        assertThat(counts.lost()).isEqualTo(1);
        assertThat(counts.notProduced()).isEqualTo(1);
    }

    @Test
    void aConsumedEventWithoutALogLineIsUnlogged() {
        Map<RecordRef, String> census = Map.of(at(0, 0), "a", at(0, 1), "b");
        EventCounts counts = EventCounts.count(census, Set.of("a", "b"), List.of(line("applied", 0, 0)));
        assertThat(counts.unlogged()).isEqualTo(1);
        assertThat(counts.appliedTwice()).isZero();
    }

    @Test
    void logLinesOfOtherTopicsAreNotCounted() {
        Map<RecordRef, String> census = Map.of(at(0, 0), "a");
        EventCounts counts = EventCounts.count(census, Set.of("a"), List.of(line("applied", 0, 0),
                new LoggedOutcome("applied", new RecordRef("other", 0, 0)), new LoggedOutcome("applied", new RecordRef("other", 0, 0))));
        assertThat(counts.appliedTwice()).isZero();
    }
}
