package se.styrplan.reporting.status;

/** A desired value of an indicator for a year (gender T). */
public record Target(int year, double value, String comment) {
}
