package se.styrplan.gateway.ratelimit;

import java.time.Duration;

/**
 * A token bucket: holds up to {@code capacity} requests, refilled evenly so that {@code capacity} requests fit in
 * each {@code period}. Time comes from the caller (nanoseconds), so tests drive it without sleeping.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long at;

    TokenBucket(int capacity, Duration period, long now) {
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.tokens = capacity;
        this.at = now;
    }

    /** Takes one token if there is one: 0. Otherwise nothing is taken and the answer is how long until there is one. */
    synchronized long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** Whether the bucket has refilled completely: then it is no different from a new one and can be forgotten. */
    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > at) {
            tokens = Math.min(capacity, tokens + (now - at) * tokensPerNano);
            at = now;
        }
    }
}
