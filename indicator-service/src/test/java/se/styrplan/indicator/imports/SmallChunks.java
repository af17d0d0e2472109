package se.styrplan.indicator.imports;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Chunks of two rows, so that a test body of a few lines spans several chunks. */
public class SmallChunks implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("styrplan.imports.chunk-size", "2");
    }
}
