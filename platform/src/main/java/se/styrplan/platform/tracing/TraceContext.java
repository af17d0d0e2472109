package se.styrplan.platform.tracing;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The W3C trace context an event was written in: the CloudEvents Distributed Tracing extension's attributes
 * {@code traceparent} and {@code tracestate} of its envelope (docs/events.md "Tracing").
 *
 * @param traceparent e.g. {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}
 * @param tracestate  vendor entries, or null (the usual case)
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The trace context among an envelope's top-level attributes, or null when it has none (or a JSON null, as an
     * as events of earlier bulk imports, built in SQL, were written when there was no span). Only the top level counts: the same names inside the
     * data are the payload's business. An envelope that does not mention the name at all is not parsed.
     */
    public static TraceContext fromEnvelope(String envelope) {
        if (envelope == null || !envelope.contains("\"" + TRACEPARENT + "\"")) {
            return null;
        }
        String traceparent = null;
        String tracestate = null;
        try (JsonParser parser = JSON.createParser(envelope)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && TRACEPARENT.equals(name)) {
                    traceparent = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && TRACESTATE.equals(name)) {
                    tracestate = parser.getText();
                } else {
                    parser.skipChildren(); // the data, mostly: walked over, not built
                }
                if (traceparent != null && tracestate != null) {
                    break;
                }
            }
        } catch (IOException e) {
            return null; // not ours to judge: the event is sent as it is, only without a trace
        }
        return traceparent == null || traceparent.isBlank() ? null
                : new TraceContext(traceparent, tracestate == null || tracestate.isBlank() ? null : tracestate);
    }
}
