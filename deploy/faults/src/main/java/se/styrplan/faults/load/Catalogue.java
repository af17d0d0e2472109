package se.styrplan.faults.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The seed's indicators as the fault runs load values for them: key, id, unit and whether they are split by gender. */
public record Catalogue(List<Indicator> indicators) {

    public record Indicator(String key, UUID id, String unit, boolean byGender) {
    }

    /** The indicators of Karlstad's transcription, with the ids the seed loader gives them. */
    public static Catalogue fromSeed(Path seedDir) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(seedDir.resolve("karlstad-strategisk-plan.json").toFile());
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : doc.path("indicators")) {
            String key = i.path("key").asText();
            indicators.add(new Indicator(key, idOf(key), i.path("unit").asText(), i.path("dividedByGender").asBoolean(false)));
        }
        return new Catalogue(List.copyOf(indicators));
    }

    /** The same name-based id as the seed loader's (and plan-service's IndicatorIds). */
    static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("styrplan:indicator:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
