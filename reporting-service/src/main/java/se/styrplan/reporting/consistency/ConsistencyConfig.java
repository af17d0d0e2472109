package se.styrplan.reporting.consistency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the consistency check reads the owning services ({@code styrplan.consistency.*}). It calls them with a
 * client-credentials token of a service client (viewer role is enough). Only the check calls them: never the hot path.
 */
@ConfigMapping(prefix = "styrplan.consistency")
public interface ConsistencyConfig {

    @WithDefault("http://localhost:8081")
    String planServiceUrl();

    @WithDefault("http://localhost:8082")
    String indicatorServiceUrl();

    /** The realm's token endpoint. */
    String tokenUrl();

    @WithDefault("styrplan-integration")
    String clientId();

    String clientSecret();

    /** Per call. */
    @WithDefault("10")
    int timeoutSeconds();
}
