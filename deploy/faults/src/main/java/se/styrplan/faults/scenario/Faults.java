package se.styrplan.faults.scenario;

import se.styrplan.faults.measure.Databases;
import se.styrplan.faults.measure.Kafka;

/** The fault of each numbered scenario (the soak, 5, has none). */
public final class Faults {

    private Faults() {
    }

    /** @param postgresDown how long PostgreSQL stays down between its shutdown and its start (zero: a plain restart) */
    public static Fault of(int number, Databases db, Kafka kafka, java.time.Duration postgresDown) {
        return switch (number) {
            case 1 -> new KafkaKill(10_000);
            case 2 -> new ReportingKill(db, kafka);
            case 3 -> new PostgresRestart(postgresDown);
            case 4 -> new NetworkFreeze(30_000);
            default -> throw new IllegalArgumentException("no fault scenario " + number);
        };
    }
}
