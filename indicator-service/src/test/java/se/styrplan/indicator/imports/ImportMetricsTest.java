package se.styrplan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.imports.Bulk.csv;
import static se.styrplan.indicator.imports.Bulk.key;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** Import throughput reaches the service's metrics: values by source and outcome, and the chunks' time. */
@QuarkusTest
class ImportMetricsTest {

    @Inject
    MeterRegistry registry;

    @Test
    void aBulkLoadCountsItsValuesByOutcome() {
        double insertedBefore = count("inserted");
        double rejectedBefore = count("rejected");
        long chunksBefore = chunks();
        String id = createIndicator("percent");

        csv(PLANNER, key(id) + ",1780,2021,T,40,final\n" + key(id) + ",1780,2022,T,41,final\n" + key(id) + ",9999,2022,T,41,final\n");

        assertThat(count("inserted") - insertedBefore).isEqualTo(2);
        assertThat(count("rejected") - rejectedBefore).isEqualTo(1);
        assertThat(chunks() - chunksBefore).isEqualTo(1);
    }

    private double count(String outcome) {
        var counter = registry.find("styrplan.import.values").tags("source", "bulk", "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private long chunks() {
        var timer = registry.find("styrplan.import.chunk").tags("source", "bulk").timer();
        return timer == null ? 0 : timer.count();
    }
}
