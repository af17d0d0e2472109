package se.styrplan.gateway.routing;

/** The numbers every forwarded request obeys, resolved once from configuration. */
record ProxySettings(long connectTimeoutMillis, long responseTimeoutMillis, long maxBodyBytes) {
}
