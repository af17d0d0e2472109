package se.styrplan.indicator.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.json;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The area reference table and the comparison sets, as the migration seeds them. */
@QuarkusTest
class AreaResourceTest {

    private static final List<String> KARLSTAD_SET = List.of("0000", "0580", "0680", "0780", "0880", "1780", "1880", "2180", "2281", "2580");

    @Test
    void areasIncludeTheComparisonMunicipalitiesTheRegionAndTheCountry() {
        JsonNode areas = json(as(VIEWER).when().get("/api/indicators/areas").then().statusCode(200).extract().response());
        assertThat(codes(areas)).containsAll(KARLSTAD_SET).contains("0017").isSorted();
        JsonNode riket = find(areas, "0000");
        assertThat(riket.path("name").asText()).isEqualTo("Riket");
        assertThat(riket.path("kind").asText()).isEqualTo("country");
        assertThat(find(areas, "0017").path("kind").asText()).isEqualTo("region");
        assertThat(find(areas, "0017").path("name").asText()).isEqualTo("Region Värmland");
        assertThat(find(areas, "1880").path("name").asText()).isEqualTo("Örebro");

        JsonNode municipalities = json(as(VIEWER).queryParam("kind", "municipality").when().get("/api/indicators/areas")
                .then().statusCode(200).extract().response());
        assertThat(codes(municipalities)).contains("1780").doesNotContain("0000", "0017");
        as(VIEWER).queryParam("kind", "county").when().get("/api/indicators/areas").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void karlstadsComparisonSetHoldsItsNineMunicipalitiesAndRiket() {
        JsonNode sets = json(as(VIEWER).when().get("/api/indicators/comparison-sets").then().statusCode(200).extract().response());
        JsonNode karlstad = StreamSupport.stream(sets.spliterator(), false)
                .filter(s -> "karlstad-jamforelse".equals(s.path("code").asText())).findFirst().orElseThrow();
        assertThat(karlstad.path("ownAreaCode").asText()).isEqualTo("1780");
        assertThat(karlstad.path("name").asText()).isNotBlank();
        assertThat(codes(karlstad.path("members"))).containsExactlyElementsOf(KARLSTAD_SET);
    }

    private static List<String> codes(JsonNode areas) {
        return StreamSupport.stream(areas.spliterator(), false).map(a -> a.path("code").asText()).toList();
    }

    private static JsonNode find(JsonNode areas, String code) {
        return StreamSupport.stream(areas.spliterator(), false).filter(a -> code.equals(a.path("code").asText())).findFirst().orElseThrow();
    }
}
