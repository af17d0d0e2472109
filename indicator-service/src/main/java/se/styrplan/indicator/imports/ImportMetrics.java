package se.styrplan.indicator.imports;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import se.styrplan.indicator.measurement.MeasurementSource;

/**
 * Import throughput for Prometheus: values by source and outcome ({@code styrplan_import_values_total}), and the time
 * each committed chunk took ({@code styrplan_import_chunk_seconds}). Counted after the chunk's commit, so a rolled-back
 * chunk counts nothing.
 */
@ApplicationScoped
class ImportMetrics {

    @Inject
    MeterRegistry registry;

    void chunkCommitted(MeasurementSource source, ChunkLoader.Result result, long nanos) {
        count(source, "inserted", result.inserted());
        count(source, "updated", result.updated());
        count(source, "unchanged", result.unchanged());
        count(source, "rejected", result.rejected());
        registry.timer("styrplan.import.chunk", "source", source.code()).record(nanos, TimeUnit.NANOSECONDS);
    }

    private void count(MeasurementSource source, String outcome, long values) {
        registry.counter("styrplan.import.values", "source", source.code(), "outcome", outcome).increment(values);
    }
}
