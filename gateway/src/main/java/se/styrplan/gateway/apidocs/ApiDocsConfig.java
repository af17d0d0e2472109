package se.styrplan.gateway.apidocs;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the gateway serves the one OpenAPI document of all services ({@code GET /api/openapi.json}). */
@ConfigMapping(prefix = "styrplan.api-docs")
public interface ApiDocsConfig {

    /** The gateway's public URL: the one server the document names, so generated clients call the gateway. */
    String publicUrl();

    /** How long a service's fetched document is served before it is fetched again. */
    @WithDefault("60S")
    Duration cacheFor();

    /** How long to wait for one service's document. */
    @WithDefault("5S")
    Duration fetchTimeout();
}
