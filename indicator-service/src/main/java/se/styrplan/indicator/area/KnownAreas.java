package se.styrplan.indicator.area;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Areas as the reads name them, remembered for a minute. The area table is reference data (Kolada's codes and names,
 * from the migrations; nothing deletes an area), so a remembered area can be stale in nothing but a renamed name, for
 * at most a minute. Codes not found are looked up every time, so an area added later is known at once. Saves a
 * query on every series, the most read thing there is.
 */
@ApplicationScoped
public class KnownAreas {

    private final Cache<String, AreaView> views = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    @Inject
    AreaRepository areas;

    public Optional<AreaView> find(String code) {
        AreaView known = views.getIfPresent(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<AreaView> found = areas.find(code).map(AreaView::of);
        found.ifPresent(view -> views.put(code, view));
        return found;
    }
}
