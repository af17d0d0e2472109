package se.styrplan.indicator.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.PROBLEM;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.periods;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.imports.Bulk.key;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.Tokens;

/** A CSV file uploaded by an editor: good rows applied, the bad row reported with its line number and reason. */
@QuarkusTest
class FileUploadTest {

    static final String PATH = "/api/indicators/imports/files";

    @Test
    void aBadRowIsReportedWithItsLineAndTheGoodRowsAreApplied() {
        String id = createIndicator("percent");
        String file = "indicatorKey;areaCode;period;gender;value;status\n"
                + key(id) + ";1780;2022;T;40,5;final\n"
                + key(id) + ";1780;2023;T;fyrtio;final\n"
                + key(id) + ";1780;2024;T;42;preliminary\n";
        JsonNode job = json(given().auth().oauth2(Tokens.of(EDITOR)).contentType("text/csv").queryParam("fileName", "miljo-2024.csv")
                .body(file.getBytes(StandardCharsets.UTF_8)).when().post(PATH).then().statusCode(200).extract().response());

        assertThat(job.path("kind").asText()).isEqualTo("file");
        assertThat(job.path("fileName").asText()).isEqualTo("miljo-2024.csv");
        assertThat(job.path("inserted").asLong()).isEqualTo(2);
        assertThat(job.path("rejected").asLong()).isEqualTo(1);
        Map<Long, String> reasons = BulkLoadTest.reasons(job);
        assertThat(reasons).containsExactly(Map.entry(3L, "value: must be a number, e.g. 41.5"));
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2022", "2024");
        assertThat(series(id, "1780", "T").path("points").get(0).path("source").asText()).isEqualTo("file");
    }

    @Test
    void viewersMayNotUpload() {
        given().auth().oauth2(Tokens.of(VIEWER)).contentType("text/csv").body("x".getBytes(StandardCharsets.UTF_8)).when().post(PATH)
                .then().statusCode(403).contentType(PROBLEM);
    }
}
