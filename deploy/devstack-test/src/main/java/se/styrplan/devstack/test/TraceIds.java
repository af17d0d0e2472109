package se.styrplan.devstack.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * W3C trace context for the tracing tests: the ids a test sends as a caller's {@code traceparent}, the parts of one
 * it received, a record's header, and the configuration that switches the OpenTelemetry SDK on with its spans kept
 * in memory (the {@code InMemorySpanExporter} bean stays in each module's tests, where CDI finds it).
 */
public final class TraceIds {

    /** A test profile's overrides: the SDK on, nothing exported over OTLP, batches every 50 ms, the in-memory exporter. */
    public static final Map<String, String> SDK_IN_MEMORY = Map.of("quarkus.otel.sdk.disabled", "false",
            "quarkus.otel.exporter.otlp.enabled", "false",
            "quarkus.otel.bsp.schedule.delay", "50ms",
            "styrplan.test.spans", "in-memory");

    private TraceIds() {
    }

    /** 32 hex digits, never all zeros (an invalid id). */
    public static String traceId() {
        return randomHex(16);
    }

    /** 16 hex digits, never all zeros. */
    public static String spanId() {
        return randomHex(8);
    }

    /** version, trace id, span id, flags; fails unless it is a well-formed W3C traceparent. */
    public static String[] traceparent(String value) {
        assertThat(value).as("traceparent").isNotNull().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        return value.split("-");
    }

    /** The last value of a record's header, as text. */
    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1;
        return HexFormat.of().formatHex(random);
    }
}
