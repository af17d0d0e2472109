package se.styrplan.indicator.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.record;
import static se.styrplan.indicator.TestApi.unique;
import static se.styrplan.indicator.TestApi.value;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A period's values over all indicators. The indicators here belong to departments of their own, so the
 * department filter makes the cross-section this test's alone.
 */
@QuarkusTest
class CrossSectionTest {

    private static final String PATH = "/api/indicators/values";

    @Test
    void aCrossSectionHoldsOneValuePerIndicatorForThePeriodAreaAndGender() {
        String department = "dept-" + unique();
        String other = "dept-" + unique();
        String beta = createIndicator("percent", department, "Beta " + unique());
        String alpha = createIndicator("count", department, "Alfa " + unique());
        String elsewhere = createIndicator("count", other, "Annan " + unique());
        record(alpha, List.of(value("1780", "2023", "120"), value("1780", "2022", "110"), value("0580", "2023", "300"),
                value("1780", "2023", "K", "60", "preliminary")));
        record(beta, List.of(value("1780", "2023", "41.5"), value("1780", "2023H1", "40")));
        record(elsewhere, List.of(value("1780", "2023", "7")));

        JsonNode page = crossSection("2023", "1780", "T", department, 0, 50);
        assertThat(page.path("totalItems").asLong()).isEqualTo(2);
        JsonNode items = page.path("items");
        assertThat(ids(items)).containsExactly(alpha, beta); // by title: Alfa before Beta
        assertThat(items.get(0).path("value").decimalValue()).isEqualByComparingTo("120");
        assertThat(items.get(0).path("unit").asText()).isEqualTo("count");
        assertThat(items.get(0).path("owningDepartment").asText()).isEqualTo(department);
        assertThat(items.get(0).path("period").asText()).isEqualTo("2023");
        assertThat(items.get(0).path("areaCode").asText()).isEqualTo("1780");
        assertThat(items.get(0).path("gender").asText()).isEqualTo("T");
        assertThat(items.get(0).path("source").asText()).isEqualTo("manual");
        assertThat(items.get(1).path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(items.get(1).path("title").asText()).startsWith("Beta ");

        JsonNode women = crossSection("2023", "1780", "K", department, 0, 50);
        assertThat(ids(women.path("items"))).containsExactly(alpha);
        assertThat(women.path("items").get(0).path("status").asText()).isEqualTo("preliminary");
        assertThat(ids(crossSection("2023", "0580", "T", department, 0, 50).path("items"))).containsExactly(alpha);
        assertThat(ids(crossSection("2023H1", "1780", "T", department, 0, 50).path("items"))).containsExactly(beta);
        assertThat(ids(crossSection("2023", "1780", "T", other, 0, 50).path("items"))).containsExactly(elsewhere);
    }

    @Test
    void aCrossSectionIsPaged() {
        String department = "dept-" + unique();
        String first = createIndicator("count", department, "A " + unique());
        String second = createIndicator("count", department, "B " + unique());
        String third = createIndicator("count", department, "C " + unique());
        for (String id : List.of(first, second, third)) {
            record(id, List.of(value("1780", "2021", "1")));
        }

        JsonNode page1 = crossSection("2021", "1780", "T", department, 1, 2);
        assertThat(page1.path("totalItems").asLong()).isEqualTo(3);
        assertThat(page1.path("totalPages").asLong()).isEqualTo(2);
        assertThat(ids(page1.path("items"))).containsExactly(third);
        assertThat(ids(crossSection("2021", "1780", "T", department, 0, 2).path("items"))).containsExactly(first, second);
    }

    @Test
    void withoutADepartmentEveryIndicatorIsIncluded() {
        String department = "dept-" + unique();
        String id = createIndicator("count", department, "Utan filter " + unique());
        record(id, List.of(value("2580", "1951", "M", "5", "final")));

        JsonNode page = json(as(VIEWER).queryParam("period", "1951").queryParam("area", "2580").queryParam("gender", "M")
                .queryParam("size", 200).when().get(PATH).then().statusCode(200).extract().response());
        assertThat(ids(page.path("items"))).contains(id);
    }

    private static JsonNode crossSection(String period, String area, String gender, String department, int page, int size) {
        return json(as(VIEWER).queryParam("period", period).queryParam("area", area).queryParam("gender", gender)
                .queryParam("department", department).queryParam("page", page).queryParam("size", size)
                .when().get(PATH).then().statusCode(200).extract().response());
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.path("indicatorId").asText()).toList();
    }
}
