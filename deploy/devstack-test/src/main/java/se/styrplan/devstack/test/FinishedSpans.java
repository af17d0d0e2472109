package se.styrplan.devstack.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;

/** The spans a service finished, as its in-memory exporter holds them: waited for, and walked up their parents. */
public final class FinishedSpans {

    private final InMemorySpanExporter exporter;
    private final Duration wait;

    public FinishedSpans(InMemorySpanExporter exporter, Duration wait) {
        this.exporter = exporter;
        this.wait = wait;
    }

    /** The first finished span that matches, once one has (spans are exported in batches). */
    public SpanData await(Predicate<SpanData> wanted) {
        return Awaitility.await().atMost(wait)
                .until(() -> exporter.getFinishedSpanItems().stream().filter(wanted).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The span's id and those of its ancestors among the finished spans of the trace, nearest first. */
    public List<String> ancestors(String spanId, String traceId) {
        List<String> found = new ArrayList<>();
        String at = spanId;
        for (int depth = 0; depth < 20; depth++) {
            String current = at;
            Optional<SpanData> span = exporter.getFinishedSpanItems().stream()
                    .filter(s -> s.getTraceId().equals(traceId) && s.getSpanId().equals(current)).findFirst();
            if (span.isEmpty()) {
                break;
            }
            found.add(current);
            at = span.get().getParentSpanId();
        }
        return found;
    }

    /** The ids of the trace's finished spans, once it has any. */
    public List<String> idsOf(String traceId) {
        Awaitility.await().atMost(wait).until(() -> exporter.getFinishedSpanItems().stream().anyMatch(s -> s.getTraceId().equals(traceId)));
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).map(SpanData::getSpanId).toList();
    }
}
