package se.styrplan.platform.security.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.github.benmanes.caffeine.cache.Ticker;

/** One fake time for both the wall clock (token expiry) and Caffeine's ticker, moved only by the test. */
final class FakeTime implements Ticker {

    private final Instant start;
    private long elapsedNanos;

    FakeTime(Instant start) {
        this.start = start;
    }

    void advance(Duration duration) {
        elapsedNanos += duration.toNanos();
    }

    Instant now() {
        return start.plusNanos(elapsedNanos);
    }

    @Override
    public long read() {
        return elapsedNanos;
    }

    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }
}
