package se.styrplan.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * An OTLP/HTTP trace receiver in the test JVM: the services export their spans here (protobuf, the only encoding
 * Quarkus's exporter sends), and a test reads them back to follow one trace across processes.
 *
 * <p>{@code Platform} starts {@link #shared()} before the services and adds {@link #serviceEnvironment()} to every
 * service's environment.
 */
public final class OtlpTraceReceiver {

    /** One received span; ids in lower-case hex, the parent empty for a root; string attributes only. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Kind kind,
            Map<String, String> attributes) {
    }

    /** OTLP's SpanKind numbers. */
    public enum Kind {
        UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER;

        static Kind of(int number) {
            return number >= 0 && number < values().length ? values()[number] : UNSPECIFIED;
        }
    }

    private static OtlpTraceReceiver shared;

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpTraceReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The one receiver of the e2e run, started on first use. */
    public static synchronized OtlpTraceReceiver shared() {
        if (shared == null) {
            shared = new OtlpTraceReceiver();
        }
        return shared;
    }

    /**
     * What a service needs to export its spans here at once: the SDK on (it is off by default), OTLP over HTTP with
     * protobuf to this receiver, and a short batch delay.
     */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OTEL_SDK_DISABLED", "false");
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", url());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
        return env;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    public List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            InputStream in = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                in = new GZIPInputStream(in);
            }
            byte[] body = in.readAllBytes();
            try {
                spans.addAll(decode(body));
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            // an empty ExportTraceServiceResponse: everything accepted
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** The spans of one ExportTraceServiceRequest (the OTLP protobuf classes of opentelemetry-proto). */
    static List<ReceivedSpan> decode(byte[] request) {
        ExportTraceServiceRequest export;
        try {
            export = ExportTraceServiceRequest.parseFrom(request);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ExportTraceServiceRequest: " + e.getMessage(), e);
        }
        List<ReceivedSpan> found = new ArrayList<>();
        for (ResourceSpans resource : export.getResourceSpansList()) {
            String service = strings(resource.getResource().getAttributesList()).getOrDefault("service.name", "");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    found.add(new ReceivedSpan(service, hex(span.getTraceId()), hex(span.getSpanId()), hex(span.getParentSpanId()),
                            span.getName(), Kind.of(span.getKindValue()), strings(span.getAttributesList())));
                }
            }
        }
        return found;
    }

    /** The string-valued attributes. */
    private static Map<String, String> strings(List<KeyValue> attributes) {
        Map<String, String> found = new LinkedHashMap<>();
        attributes.stream().filter(a -> a.getValue().hasStringValue()).forEach(a -> found.put(a.getKey(), a.getValue().getStringValue()));
        return found;
    }

    private static String hex(ByteString id) {
        return HexFormat.of().formatHex(id.toByteArray());
    }
}
