package se.styrplan.faults.verdict;

/** Where a record sits in Kafka: the same record delivered twice has the same reference. */
public record RecordRef(String topic, int partition, long offset) {
}
