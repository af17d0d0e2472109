package se.styrplan.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the Distributed Tracing attributes back out of a stored envelope. */
class TraceContextTest {

    private static final String PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void attributesAreReadFromTheTopLevelWhereverTheyStand() {
        // as Outbox writes it: before the data
        assertThat(TraceContext.fromEnvelope("{\"specversion\":\"1.0\",\"id\":\"a\",\"traceparent\":\"" + PARENT
                + "\",\"tracestate\":\"k=v\",\"data\":{\"x\":[1,2,{\"y\":\"z\"}]}}"))
                .isEqualTo(new TraceContext(PARENT, "k=v"));
        // as PostgreSQL's json_build_object writes it: spaces around the colons, after the data, no tracestate
        assertThat(TraceContext.fromEnvelope("{\"specversion\" : \"1.0\", \"data\" : {\"values\" : [{\"v\" : 1}]}, "
                + "\"traceparent\" : \"" + PARENT + "\"}"))
                .isEqualTo(new TraceContext(PARENT, null));
    }

    @Test
    void absentNullOrNestedAttributesMeanNoTrace() {
        assertThat(TraceContext.fromEnvelope("{\"specversion\":\"1.0\",\"data\":{}}")).isNull();
        assertThat(TraceContext.fromEnvelope("{\"specversion\":\"1.0\",\"traceparent\":null,\"data\":{}}")).isNull();
        assertThat(TraceContext.fromEnvelope("{\"specversion\":\"1.0\",\"traceparent\":\"\",\"data\":{}}")).isNull();
        // the same name inside the payload belongs to the payload
        assertThat(TraceContext.fromEnvelope("{\"specversion\":\"1.0\",\"data\":{\"traceparent\":\"" + PARENT + "\"}}")).isNull();
        assertThat(TraceContext.fromEnvelope("{\"data\":{\"note\":\"a \\\"traceparent\\\" in text\"}}")).isNull();
        assertThat(TraceContext.fromEnvelope("{\"traceparent\": broken")).isNull();
        assertThat(TraceContext.fromEnvelope(null)).isNull();
    }

    @Test
    void anEmptyTracestateCountsAsNone() {
        assertThat(TraceContext.fromEnvelope("{\"traceparent\":\"" + PARENT + "\",\"tracestate\":\"\"}"))
                .isEqualTo(new TraceContext(PARENT, null));
    }
}
