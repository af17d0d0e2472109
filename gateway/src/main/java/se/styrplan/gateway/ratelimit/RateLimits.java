package se.styrplan.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** One token bucket per key (a client or an address), created on first use and forgotten once refilled. */
final class RateLimits {

    private final int requests;
    private final Duration period;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimits(int requests, Duration period, LongSupplier clock) {
        this.requests = requests;
        this.period = period;
        this.clock = clock;
    }

    /** 0 when the key may make a request now (and it is counted), otherwise the nanoseconds to wait. */
    long tryTake(String key) {
        long now = clock.getAsLong();
        return buckets.computeIfAbsent(key, k -> new TokenBucket(requests, period, now)).tryTake(now);
    }

    /** Drops the buckets that have refilled completely, so idle clients cost no memory. */
    void forgetIdle() {
        long now = clock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.full(now));
    }

    int size() {
        return buckets.size();
    }
}
