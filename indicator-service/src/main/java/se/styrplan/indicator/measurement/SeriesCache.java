package se.styrplan.indicator.measurement;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Series as they were just read: a dashboard asks for the same few series many times a second, and each read was a
 * transaction with two queries. A series is kept at most {@code styrplan.measurement.series-cache.max-age} (1 s), so
 * a value another replica recorded shows within that; this replica forgets every series as soon as it commits a
 * change to any value, so its own writers read what they wrote. Only successful reads are kept.
 */
@ApplicationScoped
public class SeriesCache {

    /** A series request, as its parameters name it. */
    public record Key(UUID indicatorId, String areaCode, String gender, Integer fromYear, Integer toYear) {
    }

    /**
     * A kept series under the count of changes committed before its read began: a read still running when a change
     * commits is kept under the old count, which no later request asks for, so it can never hide that change.
     */
    private record Kept(long changes, Key key) {
    }

    private final Cache<Kept, Series> series;
    private final AtomicLong changes = new AtomicLong();

    SeriesCache(@ConfigProperty(name = "styrplan.measurement.series-cache.max-age", defaultValue = "1s") Duration maxAge,
            @ConfigProperty(name = "styrplan.measurement.series-cache.maximum-size", defaultValue = "2000") long maximumSize) {
        series = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(maximumSize).build();
    }

    /** The series kept for {@code key}, or what {@code read} returns (kept, unless it throws). */
    public Series get(Key key, Supplier<Series> read) {
        return series.get(new Kept(changes.get(), key), k -> read.get());
    }

    /** After a change to values commits here: a series read before it may be out of date. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeasurementsChanged change) {
        changes.incrementAndGet();
        series.invalidateAll();
    }

    /** Fired, inside the writing transaction, whenever values are recorded or corrected. */
    public record MeasurementsChanged() {
    }
}
