package se.styrplan.platform.security.tokens;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * This process's memory of the bearer tokens it has verified: the same token arrives thousands of times in its
 * five-minute life, and checking its RSA signature, parsing its claims and building the identity each time was
 * about 40 % of the gateway's CPU per request. Used by {@link RememberedBearerIdentityProvider} (lookups) and
 * {@link RememberVerifiedBearer} (stores).
 *
 * <p>Why it is safe: a token is remembered by its exact bytes, signature included, and the same bytes verify the
 * same way every time, so a token differing in one character is verified afresh (and refused if forged); an entry
 * lives until the token's {@code exp} at the latest, so an expired token is never accepted; a signing key withdrawn
 * from the realm is accepted at most {@code styrplan.security.verified-tokens.max-seconds} (default 30 s) longer
 * than Quarkus OIDC alone would accept it; and Keycloak's tokens were only ever checked locally, so a revoked
 * session was never noticed before its tokens expired anyway. Only what verified and passed every augmentor is stored, never a failure. Not for
 * sender-constrained tokens (DPoP, certificate-bound), which need a per-request proof: those are not looked up.
 *
 * <p>{@code styrplan.security.verified-tokens.max-seconds=0} turns it off; {@code ...max-entries} bounds it (default
 * 2 000, a few KB each: a bound on memory, not on callers; beyond it the least used are verified again). Metrics:
 * {@value #LOOKUPS} (tag {@code result}: hit, miss) and {@value #SIZE}.
 */
@ApplicationScoped
@Startup // a bad setting fails the start, not the first request
public class VerifiedTokens {

    static final String LOOKUPS = "styrplan.security.verified_tokens.lookups";
    static final String SIZE = "styrplan.security.verified_tokens.size";

    private final VerifiedTokenCache cache;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokens(@ConfigProperty(name = "styrplan.security.verified-tokens.max-seconds", defaultValue = "30") int maxSeconds,
            @ConfigProperty(name = "styrplan.security.verified-tokens.max-entries", defaultValue = "2000") long maxEntries,
            MeterRegistry registry) {
        this.cache = new VerifiedTokenCache(Duration.ofSeconds(maxSeconds), maxEntries);
        this.hits = registry.counter(LOOKUPS, "result", "hit");
        this.misses = registry.counter(LOOKUPS, "result", "miss");
        registry.gauge(SIZE, cache, VerifiedTokenCache::size);
    }

    public boolean enabled() {
        return cache.enabled();
    }

    /** The identity verified earlier for exactly this token, or null (counted as a hit or a miss). */
    SecurityIdentity find(String token) {
        SecurityIdentity identity = cache.find(token);
        (identity != null ? hits : misses).increment();
        return identity;
    }

    /** Remembers the identity Quarkus OIDC verified for this bearer token, until its {@code exp} at the latest. */
    void remember(String token, SecurityIdentity verified) {
        if (verified.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            cache.remember(token, DetachedIdentity.detach(verified), Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
    }

    /** Tokens remembered now (an estimate that may include expired ones not yet swept). */
    public long size() {
        return cache.size();
    }
}
