package se.styrplan.indicator.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static se.styrplan.indicator.TestApi.DEFINITIONS;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.record;
import static se.styrplan.indicator.TestApi.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Karlstad against its comparison municipalities and Riket, with the median checked against the values recorded here. */
@QuarkusTest
class ComparisonTest {

    private static final String SET = "karlstad-jamforelse";

    @Test
    void ownMunicipalityAgainstTheComparisonSetAndTheCountry() {
        String id = createIndicator("percent");
        Map<String, String> peers = new LinkedHashMap<>();
        peers.put("0580", "44.9");
        peers.put("1880", "40.2");
        peers.put("0680", "38.7");
        peers.put("2180", "43.3");
        peers.put("2281", "39.9");
        peers.put("0780", "45.65");
        peers.put("2580", "37.1");
        peers.put("0880", "42.8");
        List<java.util.Map<String, Object>> values = new ArrayList<>();
        peers.forEach((area, v) -> values.add(value(area, "2023", v)));
        values.add(value("1780", "2023", "41"));
        values.add(value("0000", "2023", "40"));
        values.add(value("0017", "2023", "1"));                       // a region outside the set
        values.add(value("0580", "2022", "99"));                      // another period
        values.add(value("0580", "2023", "K", "12", "final"));        // another gender
        record(id, values);

        JsonNode comparison = compare(id, "2023", "T");
        assertThat(comparison.path("setCode").asText()).isEqualTo(SET);
        assertThat(comparison.path("unit").asText()).isEqualTo("percent");
        assertThat(comparison.path("own").path("code").asText()).isEqualTo("1780");
        assertThat(comparison.path("own").path("name").asText()).isEqualTo("Karlstad");
        assertThat(comparison.path("own").path("value").decimalValue()).isEqualByComparingTo("41");
        assertThat(comparison.path("country").path("name").asText()).isEqualTo("Riket");
        assertThat(comparison.path("country").path("value").decimalValue()).isEqualByComparingTo("40");

        JsonNode peerNodes = comparison.path("peers");
        assertThat(names(peerNodes)).containsExactly("Gävle", "Jönköping", "Kalmar", "Linköping", "Luleå", "Sundsvall", "Växjö", "Örebro");
        for (JsonNode peer : peerNodes) {
            assertThat(peer.path("value").decimalValue()).as(peer.path("name").asText())
                    .isEqualByComparingTo(peers.get(peer.path("code").asText()));
            assertThat(peer.path("kind").asText()).isEqualTo("municipality");
        }
        assertThat(comparison.path("peersWithValue").asInt()).isEqualTo(8);
        BigDecimal expected = median(peers.values().stream().map(BigDecimal::new).toList());
        assertThat(expected).isEqualByComparingTo("41.5"); // (40.2 + 42.8) / 2
        assertThat(comparison.path("peerMedian").decimalValue()).isEqualByComparingTo(expected);

        JsonNode women = compare(id, "2023", "K");
        assertThat(women.path("peersWithValue").asInt()).isEqualTo(1);
        assertThat(women.path("peerMedian").decimalValue()).isEqualByComparingTo("12");
        assertThat(women.path("own").path("value").isNull()).isTrue();
    }

    @Test
    void suppressedAndMissingValuesAreLeftOutOfTheMedian() {
        String id = createIndicator("count");
        record(id, List.of(value("0580", "2022", "10.1"), value("1880", "2022", "20.2"), value("0680", "2022", "30.3"),
                value("2180", "2022", "40.4"), value("2281", "2022", "55.5"), value("0780", "2022", "60.6"),
                value("0880", "2022", "T", null, "suppressed"), value("1780", "2022", "1000")));
        // Luleå (2580) has no value, the own municipality's 1000 is not a peer's

        JsonNode comparison = compare(id, "2022", "T");
        assertThat(comparison.path("peersWithValue").asInt()).isEqualTo(6);
        assertThat(comparison.path("peerMedian").decimalValue()).isEqualByComparingTo(median(List.of(
                new BigDecimal("10.1"), new BigDecimal("20.2"), new BigDecimal("30.3"), new BigDecimal("40.4"),
                new BigDecimal("55.5"), new BigDecimal("60.6"))));
        JsonNode kalmar = peer(comparison, "0880");
        assertThat(kalmar.path("status").asText()).isEqualTo("suppressed");
        assertThat(kalmar.path("value").isNull()).isTrue();
        JsonNode lulea = peer(comparison, "2580");
        assertThat(lulea.path("status").isNull()).isTrue();
        assertThat(lulea.path("value").isNull()).isTrue();
        assertThat(comparison.path("country").path("value").isNull()).isTrue();
    }

    @Test
    void nothingRecordedGivesNoMedian() {
        String id = createIndicator("count");
        JsonNode comparison = compare(id, "2021", "T");
        assertThat(comparison.path("peersWithValue").asInt()).isZero();
        assertThat(comparison.path("peerMedian").isNull()).isTrue();
        assertThat(comparison.path("peers")).hasSize(8);
    }

    @Test
    void anUnknownSetOrAMissingPeriodIsRefused() {
        String id = createIndicator("count");
        String path = DEFINITIONS + "/" + id + "/comparison";
        as(VIEWER).queryParam("period", "2023").queryParam("set", "nowhere").when().get(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("set"));
        as(VIEWER).queryParam("set", SET).when().get(path).then().statusCode(400).body("errors.field", hasItem("period"));
    }

    private static JsonNode compare(String id, String period, String gender) {
        return json(as(VIEWER).queryParam("period", period).queryParam("set", SET).queryParam("gender", gender)
                .when().get(DEFINITIONS + "/" + id + "/comparison").then().statusCode(200).extract().response());
    }

    private static JsonNode peer(JsonNode comparison, String code) {
        return StreamSupport.stream(comparison.path("peers").spliterator(), false)
                .filter(p -> code.equals(p.path("code").asText())).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode areas) {
        return StreamSupport.stream(areas.spliterator(), false).map(a -> a.path("name").asText()).toList();
    }

    /** The textbook median, computed here independently of the service's library. */
    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
    }
}
