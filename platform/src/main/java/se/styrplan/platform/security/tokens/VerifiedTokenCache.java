package se.styrplan.platform.security.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Identities of bearer tokens that were verified, by the exact token string (signature included), each kept until
 * the token's {@code exp} or for at most {@code maxAge}, whichever comes first, and at most {@code maxEntries} of
 * them. A {@code maxAge} of zero turns it off: nothing is stored, every lookup misses.
 *
 * <p>The wall clock turns the token's {@code exp} into a lifetime when an entry is stored; Caffeine's ticker then
 * counts it down (tests give both from one fake time).
 */
public final class VerifiedTokenCache {

    private final Duration maxAge;
    private final Clock clock;
    private final Cache<String, Entry> entries;

    public VerifiedTokenCache(Duration maxAge, long maxEntries) {
        this(maxAge, maxEntries, Clock.systemUTC(), Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    VerifiedTokenCache(Duration maxAge, long maxEntries, Clock clock, Ticker ticker, Executor maintenance) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        }
        this.maxAge = maxAge;
        this.clock = clock;
        this.entries = maxAge.isZero() ? null
                : Caffeine.newBuilder()
                        .maximumSize(maxEntries)
                        // each entry lives its own lifetime from when it was stored; reading it does not extend it
                        .expireAfter(Expiry.writing((String token, Entry entry) -> entry.lifetime()))
                        .ticker(ticker)
                        .executor(maintenance)
                        .build();
    }

    public boolean enabled() {
        return entries != null;
    }

    /** The identity verified for exactly this token, or null. */
    public SecurityIdentity find(String token) {
        if (entries == null || token == null) {
            return null;
        }
        Entry entry = entries.getIfPresent(token);
        return entry == null ? null : entry.identity();
    }

    /**
     * Keeps the identity verified for this token until {@code expiresAt} (the token's {@code exp}) or for the maximum
     * age, whichever is first; a token that has expired already, or that has no expiry, is not kept.
     */
    public void remember(String token, SecurityIdentity identity, Instant expiresAt) {
        if (entries == null || token == null || identity == null || expiresAt == null) {
            return;
        }
        Duration untilExpiry = Duration.between(clock.instant(), expiresAt);
        Duration lifetime = untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge;
        if (lifetime.isNegative() || lifetime.isZero()) {
            return;
        }
        entries.put(token, new Entry(identity, lifetime));
    }

    /** Entries held now, expired ones not yet swept included (Caffeine's estimate). */
    public long size() {
        return entries == null ? 0 : entries.estimatedSize();
    }

    /** Runs Caffeine's pending maintenance: expired and surplus entries are removed. */
    void cleanUp() {
        if (entries != null) {
            entries.cleanUp();
        }
    }

    private record Entry(SecurityIdentity identity, Duration lifetime) {
    }
}
