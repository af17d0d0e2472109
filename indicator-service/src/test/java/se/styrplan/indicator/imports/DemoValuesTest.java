package se.styrplan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.ADMIN;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.PROBLEM;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.periods;
import static se.styrplan.indicator.TestApi.putValues;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.TestApi.value;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Demo values: plausible, marked synthetic, the same every time, never over a real value; admins only. */
@QuarkusTest
class DemoValuesTest {

    static final String PATH = "/api/indicators/demo-values";

    @Test
    void demoValuesAreGeneratedOnceMarkedSyntheticAndLeaveRealValuesAlone() {
        String id = createIndicator("percent");
        putValues(PLANNER, id, List.of(value("1780", "2020", "33.3"))).then().statusCode(200);

        JsonNode job = json(as(ADMIN).when().post(PATH).then().statusCode(200).extract().response());
        assertThat(job.path("kind").asText()).isEqualTo("demo");
        assertThat(job.path("status").asText()).isEqualTo("succeeded");
        assertThat(job.path("rejected").asLong()).isZero();

        for (String area : List.of("1780", "0580", "0880", "0000")) {
            for (String gender : List.of("T", "K", "M")) { // the test indicator is divided by gender
                JsonNode series = series(id, area, gender);
                assertThat(periods(series)).hasSize(11).startsWith("2015").endsWith("2025");
                for (JsonNode point : series.path("points")) {
                    if (area.equals("1780") && gender.equals("T") && point.path("period").asText().equals("2020")) {
                        assertThat(point.path("value").decimalValue()).isEqualByComparingTo("33.3");
                        assertThat(point.path("source").asText()).isEqualTo("manual");
                        continue;
                    }
                    assertThat(point.path("status").asText()).isEqualTo("synthetic");
                    assertThat(point.path("source").asText()).isEqualTo("demo");
                    assertThat(point.path("value").decimalValue()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
                }
            }
        }
        assertThat(periods(series(id, "0017", "T"))).isEmpty(); // Region Värmland is not in the comparison set

        JsonNode again = json(as(ADMIN).when().post(PATH).then().statusCode(200).extract().response());
        assertThat(again.path("inserted").asLong()).isZero();
        assertThat(again.path("updated").asLong()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(again.path("received").asLong());
    }

    @Test
    void onlyAdminsGenerateDemoValues() {
        as(PLANNER).when().post(PATH).then().statusCode(403).contentType(PROBLEM);
        io.restassured.RestAssured.given().when().post(PATH).then().statusCode(401).contentType(PROBLEM);
    }
}
