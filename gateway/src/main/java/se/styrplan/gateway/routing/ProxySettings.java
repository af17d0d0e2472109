package se.styrplan.gateway.routing;

/**
 * What every forwarded request obeys, resolved once from configuration.
 *
 * @param traced the gateway records traces (OpenTelemetry's SDK on): its proxy client then sends the trace context
 *               of its own span, and the caller's {@code traceparent} must not go along as a second one
 */
record ProxySettings(long connectTimeoutMillis, long responseTimeoutMillis, long maxBodyBytes, boolean traced) {
}
