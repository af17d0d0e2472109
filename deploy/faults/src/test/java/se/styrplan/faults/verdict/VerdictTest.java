package se.styrplan.faults.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final EventCounts CLEAN = new EventCounts(120, 100, 100, 0, 0, 3, 1, 0);

    private static Observation clean() {
        return new Observation(Map.of("indicator-service", 0L, "reporting-service", 0L), Map.of("styrplan.indicator.v1", 0L), CLEAN, 0,
                5_000, 5_000, 7_000, 7_000, 0, 0, 0);
    }

    @Test
    void everythingHeldIsAPass() {
        Verdict verdict = Verdict.judge(clean(), true, 12.5);
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.recoverySeconds()).isEqualTo(12.5);
    }

    @Test
    void eachBrokenCheckIsAFailureInWords() {
        Observation o = new Observation(Map.of("indicator-service", 4L), Map.of("styrplan.plan.v1", 2L),
                new EventCounts(10, 9, 8, 1, 2, 0, 0, 1), 3, 100, 99, 50, 49, 1, 5, 7);
        Verdict verdict = Verdict.judge(o, false, 300);
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.failures()).containsExactly(
                "indicator-service: 4 rows left in its outbox",
                "reporting-service lags 2 records behind on styrplan.plan.v1",
                "1 events lost (on the topics, not in reporting-service's ledger)",
                "2 events applied twice",
                "1 events in the ledger that are on no topic",
                "3 records dead-lettered (never applied)",
                "values sent 100, stored as sent 99",
                "read model 49 values, indicator-service 50; 1 indicators differ",
                "the consistency check found 5 differences",
                "7 requests of the load failed",
                "not recovered within 300 s of the fault's end");
    }

    @Test
    void caughtUpIsAboutWhatWaitingCanChangeOnly() {
        assertThat(Verdict.caughtUp(clean())).isTrue();
        Observation o = clean();
        Observation deadLettered = new Observation(o.outboxRows(), o.lagByTopic(), o.events(), 2, 1, 0, 7_000, 7_000, 0, 0, 4);
        assertThat(Verdict.caughtUp(deadLettered)).as("dead letters and lost values do not go away by waiting").isTrue();
        Observation behind = new Observation(o.outboxRows(), Map.of("styrplan.indicator.v1", 1L), o.events(), 0, 1, 1, 7_000, 6_999, 0, 0, 0);
        assertThat(Verdict.caughtUp(behind)).isFalse();
        Observation inconsistent = new Observation(o.outboxRows(), o.lagByTopic(), o.events(), 0, 1, 1, 7_000, 7_000, 0, 1, 0);
        assertThat(Verdict.caughtUp(inconsistent)).isFalse();
    }

    @Test
    void aCheckThatCouldNotRunFails() {
        Observation o = clean();
        o = new Observation(o.outboxRows(), o.lagByTopic(), o.events(), 0, 1, 1, 1, 1, 0, -1, 0);
        assertThat(Verdict.judge(o, true, 1).failures()).containsExactly("the consistency check could not run");
    }

    @Test
    void withoutTheConsumersLogLinesAppliedTwiceIsNoCountAndFails() {
        Observation o = clean();
        o = new Observation(o.outboxRows(), o.lagByTopic(), new EventCounts(100, 100, 100, 0, 0, 0, 100, 0), 0, 1, 1, 1, 1, 0, 0, 0);
        assertThat(Verdict.judge(o, true, 1).failures()).singleElement().asString().contains("no consumer log line");
    }

    @Test
    void noEventsAtAllIsNoMeasurement() {
        Observation o = clean();
        o = new Observation(o.outboxRows(), o.lagByTopic(), new EventCounts(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(Verdict.judge(o, true, 1).failures()).containsExactly("no events on the topics: nothing was measured");
    }
}
