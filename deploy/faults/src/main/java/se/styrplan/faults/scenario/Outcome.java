package se.styrplan.faults.scenario;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import se.styrplan.faults.verdict.EventCounts;
import se.styrplan.faults.verdict.Observation;

/** One scenario's result and how it is printed. */
public record Outcome(int number, String title, long valuesThisScenario, long producedBefore, Checks.Result result) {

    public boolean passed() {
        return result.verdict().passed();
    }

    public void print(PrintStream out) {
        Observation o = result.observation();
        EventCounts e = o.events();
        out.println("  after the fault:");
        out.printf(Locale.ROOT, "    outbox rows left             %s%n", join(o.outboxRows()));
        out.printf(Locale.ROOT, "    reporting-service lag        %s%n", join(o.lagByTopic()));
        out.printf(Locale.ROOT, "    events produced              %,d distinct CloudEvents on the topics (+%,d in this scenario), %,d records%n",
                e.produced(), e.produced() - producedBefore, e.records());
        out.printf(Locale.ROOT, "    events consumed              %,d (in reporting-service's ledger)%n", e.consumed());
        out.printf(Locale.ROOT, "    events lost                  %,d%n", e.lost());
        out.printf(Locale.ROOT, "    events applied twice         %,d   (redelivered records skipped as duplicates: %,d; consumed without a log line: %,d)%n",
                e.appliedTwice(), e.duplicatesSkipped(), e.unlogged());
        out.printf(Locale.ROOT, "    dead-lettered                %,d%n", o.deadLettered());
        result.deadLetters().stream().limit(3).forEach(d -> out.println("      " + (d.length() > 300 ? d.substring(0, 300) + "…" : d)));
        out.printf(Locale.ROOT, "    values sent / stored         %,d / %,d in the run so far (%,d sent in this scenario)%n", o.valuesSent(),
                o.valuesStored(), valuesThisScenario);
        out.printf(Locale.ROOT, "    read model / indicator-svc   %,d / %,d values, %d indicators differ%n", o.readModelRows(), o.sourceRows(),
                o.readModelDifferences());
        out.printf(Locale.ROOT, "    consistency check            %s%n", o.consistencyDifferences() < 0 ? "could not run: " + result.consistency().firstDifferences()
                : o.consistencyDifferences() + " differences (" + result.consistency().indicators() + " indicators, " + result.consistency().goals()
                        + " goals compared)" + (o.consistencyDifferences() > 0 ? ": " + result.consistency().firstDifferences() : ""));
        out.printf(Locale.ROOT, "    time to recover              %s%n", result.verdict().recovered()
                ? String.format(Locale.ROOT, "%.1f s (fault's end → outboxes empty, lag 0, read model complete and consistent)",
                        result.verdict().recoverySeconds())
                : String.format(Locale.ROOT, "not within %.0f s", result.verdict().recoverySeconds()));
        if (passed()) {
            out.println("  PASS");
        } else {
            out.println("  FAIL: " + String.join("; ", result.verdict().failures()));
        }
    }

    public static void printSummary(PrintStream out, List<Outcome> outcomes) {
        out.println();
        out.println("== Summary ==");
        out.printf(Locale.ROOT, "%-3s %-62s %9s %9s %5s %6s %6s %9s  %s%n", "#", "scenario", "values", "events+", "lost", "twice", "diffs",
                "recover", "verdict");
        for (Outcome oc : outcomes) {
            Observation o = oc.result().observation();
            out.printf(Locale.ROOT, "%-3d %-62s %,9d %,9d %5d %6d %6d %9s  %s%n", oc.number(),
                    oc.title().length() > 62 ? oc.title().substring(0, 61) + "…" : oc.title(), oc.valuesThisScenario(),
                    o.events().produced() - oc.producedBefore(), o.events().lost(), o.events().appliedTwice(), o.consistencyDifferences(),
                    oc.result().verdict().recovered() ? String.format(Locale.ROOT, "%.1f s", oc.result().verdict().recoverySeconds()) : "no",
                    oc.passed() ? "PASS" : "FAIL");
        }
    }

    private static String join(Map<String, Long> values) {
        return values.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
