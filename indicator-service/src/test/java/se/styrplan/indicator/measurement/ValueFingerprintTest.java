package se.styrplan.indicator.measurement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.putValues;
import static se.styrplan.indicator.TestApi.value;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * GET /api/indicators/values/fingerprints: each indicator's value count and fingerprint as documented (checked against
 * the same formula computed here in Java, over the values this test recorded), changed by a correction.
 */
@QuarkusTest
class ValueFingerprintTest {

    @Test
    void theFingerprintIsTheDocumentedSumOverEveryValueOfEveryArea() throws Exception {
        String id = createIndicator("percent");
        recorded(id, List.of(value("1780", "2023", "T", "41.50", "final"), value("1780", "2023", "K", "40", "preliminary"),
                value("0000", "2023", "T", "38.25", "final"), value("1880", "2024", "M", null, "suppressed")));

        JsonNode entry = fingerprintOf(id);
        assertThat(entry.path("values").asLong()).isEqualTo(4);
        assertThat(entry.path("fingerprint").asText()).isEqualTo(expected(
                "1780|2023|T|41.5|final|1", "1780|2023|K|40|preliminary|1", "0000|2023|T|38.25|final|1", "1880|2024|M|-|suppressed|1"));
    }

    @Test
    void aCorrectionChangesTheFingerprintButNotTheCount() throws Exception {
        String id = createIndicator("percent");
        recorded(id, List.of(value("0580", "2022", "T", "12", "final"), value("1780", "2022", "T", "13", "final")));
        String before = fingerprintOf(id).path("fingerprint").asText();

        recorded(id, List.of(value("0580", "2022", "T", "12.5", "final")));

        JsonNode after = fingerprintOf(id);
        assertThat(after.path("values").asLong()).isEqualTo(2);
        assertThat(after.path("fingerprint").asText()).isNotEqualTo(before)
                .isEqualTo(expected("0580|2022|T|12.5|final|2", "1780|2022|T|13|final|1"));
    }

    @Test
    void aTokenIsRequired() {
        given().when().get("/api/indicators/values/fingerprints").then().statusCode(401);
    }

    private static void recorded(String id, List<Map<String, Object>> values) {
        putValues(PLANNER, id, values).then().log().ifValidationFails().statusCode(200);
    }

    private static JsonNode fingerprintOf(String id) {
        JsonNode list = json(as(VIEWER).when().get("/api/indicators/values/fingerprints").then().statusCode(200).extract().response());
        for (JsonNode entry : list) {
            if (entry.path("indicatorId").asText().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("no fingerprint for " + id + " among " + list.size());
    }

    /** The documented formula: the sum of the first 60 bits (15 hex digits) of each row's MD5. */
    private static String expected(String... rows) throws Exception {
        BigInteger sum = BigInteger.ZERO;
        for (String row : rows) {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(row.getBytes(StandardCharsets.UTF_8)));
            sum = sum.add(new BigInteger(hex.substring(0, 15), 16));
        }
        return sum.toString();
    }
}
