package se.styrplan.plan.transcription;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The catalogue id of a transcribed indicator: a name-based UUID of its key, so that the seed loader (which
 * creates the indicators in indicator-service with these ids) and plan-service's import agree without a lookup.
 */
public final class IndicatorIds {

    private IndicatorIds() {
    }

    public static UUID of(String indicatorKey) {
        return UUID.nameUUIDFromBytes(("styrplan:indicator:" + indicatorKey).getBytes(StandardCharsets.UTF_8));
    }
}
