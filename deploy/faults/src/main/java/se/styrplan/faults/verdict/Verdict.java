package se.styrplan.faults.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** PASS when every check holds; otherwise the list of what failed, each in words. */
public record Verdict(List<String> failures, boolean recovered, double recoverySeconds) {

    public boolean passed() {
        return failures.isEmpty();
    }

    /**
     * Whether the platform has caught up: nothing waits in an outbox or on a topic, and the read model holds what
     * indicator-service holds and what a recomputation gives. What cannot change by waiting (events dead-lettered or
     * applied twice, values not stored, failed requests) is judged by {@link #judge}, not here.
     */
    public static boolean caughtUp(Observation o) {
        return o.outboxRows().values().stream().allMatch(n -> n == 0) && o.lagByTopic().values().stream().allMatch(n -> n == 0)
                && o.events().lost() == 0 && o.readModelRows() == o.sourceRows() && o.readModelDifferences() == 0
                && o.consistencyDifferences() == 0;
    }

    public static Verdict judge(Observation o, boolean recovered, double recoverySeconds) {
        List<String> failures = new ArrayList<>();
        o.outboxRows().forEach((service, rows) -> {
            if (rows != 0) {
                failures.add(service + ": " + rows + " rows left in its outbox");
            }
        });
        o.lagByTopic().forEach((topic, lag) -> {
            if (lag != 0) {
                failures.add("reporting-service lags " + lag + " records behind on " + topic);
            }
        });
        EventCounts e = o.events();
        if (e.produced() == 0) {
            failures.add("no events on the topics: nothing was measured");
        }
        if (e.lost() != 0) {
            failures.add(e.lost() + " events lost (on the topics, not in reporting-service's ledger)");
        }
        if (e.appliedTwice() != 0) {
            failures.add(e.appliedTwice() + " events applied twice");
        }
        if (e.notProduced() != 0) {
            failures.add(e.notProduced() + " events in the ledger that are on no topic");
        }
        // without the consumer's log lines "applied twice" would be 0 for want of evidence: then it is no count at all
        if (e.consumed() > 0 && e.unlogged() * 10 > e.consumed()) {
            failures.add(e.unlogged() + " of " + e.consumed() + " consumed events have no consumer log line: applied twice cannot be counted");
        }
        if (o.deadLettered() != 0) {
            failures.add(o.deadLettered() + " records dead-lettered (never applied)");
        }
        if (o.valuesStored() != o.valuesSent()) {
            failures.add(String.format(Locale.ROOT, "values sent %d, stored as sent %d", o.valuesSent(), o.valuesStored()));
        }
        if (o.readModelRows() != o.sourceRows() || o.readModelDifferences() != 0) {
            failures.add(String.format(Locale.ROOT, "read model %d values, indicator-service %d; %d indicators differ", o.readModelRows(),
                    o.sourceRows(), o.readModelDifferences()));
        }
        if (o.consistencyDifferences() != 0) {
            failures.add(o.consistencyDifferences() < 0 ? "the consistency check could not run"
                    : "the consistency check found " + o.consistencyDifferences() + " differences");
        }
        if (o.loadErrors() != 0) {
            failures.add(o.loadErrors() + " requests of the load failed");
        }
        if (!recovered) {
            failures.add(String.format(Locale.ROOT, "not recovered within %.0f s of the fault's end", recoverySeconds));
        }
        return new Verdict(List.copyOf(failures), recovered, recoverySeconds);
    }
}
