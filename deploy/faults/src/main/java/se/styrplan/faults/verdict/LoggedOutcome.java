package se.styrplan.faults.verdict;

/** One line of reporting-service's consumer log: what it did with one record (applied, ignored or duplicate). */
public record LoggedOutcome(String outcome, RecordRef record) {

    public boolean tookEffect() {
        return outcome.equals("applied") || outcome.equals("ignored");
    }
}
