package se.styrplan.gateway.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Requests per client and per address at the gateway ({@code RATE_LIMIT_*}). A client is the subject of its
 * bearer token (a user, or a machine client's service account), otherwise its address; the address limit, higher,
 * also covers callers who invent a new token subject for every request.
 */
@ConfigMapping(prefix = "styrplan.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    Limit client();

    Limit address();

    interface Limit {
        /** Requests allowed per period (and at most this many in one burst). */
        int requests();

        Duration period();
    }
}
