package se.styrplan.indicator.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.styrplan.indicator.TestApi.ADMIN;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.decimal;
import static se.styrplan.indicator.TestApi.historyPath;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.periods;
import static se.styrplan.indicator.TestApi.putValues;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.TestApi.value;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.indicator.TestApi;

/** Recording and correcting values, read back through the series and history endpoints. */
@QuarkusTest
class MeasurementRecordingTest {

    @Test
    void recordedValuesReadBackAsASeriesInPeriodOrder() {
        String id = createIndicator("percent");
        JsonNode result = json(putValues(EDITOR, id, List.of(
                value("1780", "2023", "T", "41.5", "final"),
                value("1780", "2021", "T", "39.25", "preliminary"),
                value("1780", "2022", "T", null, "suppressed"),
                value("1780", "2023", "K", "44.1", "final"),
                value("0580", "2023", "T", "50", "final")))
                .then().statusCode(200).extract().response());
        assertThat(result.path("received").asInt()).isEqualTo(5);
        assertThat(result.path("inserted").asInt()).isEqualTo(5);
        assertThat(result.path("values").get(0).path("outcome").asText()).isEqualTo("inserted");

        JsonNode series = series(id, "1780", "T");
        assertThat(series.path("area").path("name").asText()).isEqualTo("Karlstad");
        assertThat(series.path("unit").asText()).isEqualTo("percent");
        assertThat(periods(series)).containsExactly("2021", "2022", "2023");
        JsonNode points = series.path("points");
        assertThat(points.get(0).path("value").decimalValue()).isEqualByComparingTo("39.25");
        assertThat(points.get(0).path("status").asText()).isEqualTo("preliminary");
        assertThat(points.get(1).path("value").isNull()).isTrue();
        assertThat(points.get(1).path("status").asText()).isEqualTo("suppressed");
        assertThat(points.get(2).path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(points.get(2).path("source").asText()).isEqualTo("manual");
        assertThat(points.get(2).path("revision").asInt()).isEqualTo(1);

        JsonNode women = series(id, "1780", "K");
        assertThat(periods(women)).containsExactly("2023");
        assertThat(women.path("points").get(0).path("value").decimalValue()).isEqualByComparingTo("44.1");
        assertThat(periods(series(id, "0580", "T"))).containsExactly("2023");
        assertThat(periods(series(id, "1880", "T"))).isEmpty();
    }

    @Test
    void seriesIsLimitedToTheYearsAskedFor() {
        String id = createIndicator("count");
        TestApi.record(id, List.of(value("1780", "2019", "1"), value("1780", "2020", "2"), value("1780", "2020H1", "3"),
                value("1780", "2020H2", "4"), value("1780", "2021", "5"), value("1780", "2022", "6")));

        JsonNode series = json(as(VIEWER).queryParam("area", "1780").queryParam("from", 2020).queryParam("to", 2021)
                .when().get(TestApi.DEFINITIONS + "/" + id + "/series").then().statusCode(200).extract().response());
        // a half-year sorts after its year
        assertThat(periods(series)).containsExactly("2020", "2020H1", "2020H2", "2021");
        JsonNode fromOnly = json(as(VIEWER).queryParam("area", "1780").queryParam("from", 2021)
                .when().get(TestApi.DEFINITIONS + "/" + id + "/series").then().statusCode(200).extract().response());
        assertThat(periods(fromOnly)).containsExactly("2021", "2022");
    }

    @Test
    void correctionKeepsTheOldStateWithWhoAndWhen() {
        String id = createIndicator("percent");
        OffsetDateTime start = OffsetDateTime.now().minusSeconds(1);
        putValues(EDITOR, id, List.of(value("1780", "2023", "T", "41.5", "preliminary"))).then().statusCode(200);

        JsonNode corrected = json(putValues(PLANNER, id, List.of(value("1780", "2023", "T", "42.25", "final")))
                .then().statusCode(200).extract().response());
        assertThat(corrected.path("corrected").asInt()).isEqualTo(1);
        assertThat(corrected.path("values").get(0).path("outcome").asText()).isEqualTo("corrected");
        assertThat(corrected.path("values").get(0).path("revision").asInt()).isEqualTo(2);

        JsonNode history = history(id);
        JsonNode current = history.path("current");
        assertThat(current.path("value").decimalValue()).isEqualByComparingTo("42.25");
        assertThat(current.path("status").asText()).isEqualTo("final");
        assertThat(current.path("revision").asInt()).isEqualTo(2);
        assertThat(current.path("recordedBy").asText()).isEqualTo(PLANNER);
        JsonNode old = history.path("corrections");
        assertThat(old).hasSize(1);
        assertThat(old.get(0).path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(old.get(0).path("status").asText()).isEqualTo("preliminary");
        assertThat(old.get(0).path("source").asText()).isEqualTo("manual");
        assertThat(old.get(0).path("recordedBy").asText()).isEqualTo(EDITOR);
        assertThat(old.get(0).path("changedBy").asText()).isEqualTo(PLANNER);
        assertThat(old.get(0).path("revision").asInt()).isEqualTo(1);
        assertThat(old.get(0).path("newRevision").asInt()).isEqualTo(2);
        OffsetDateTime changedAt = OffsetDateTime.parse(old.get(0).path("changedAt").asText());
        assertThat(changedAt).isAfter(start).isBefore(OffsetDateTime.now().plusSeconds(1));
        assertThat(OffsetDateTime.parse(old.get(0).path("recordedAt").asText())).isBefore(changedAt);

        // a second correction: newest first, each with the state it replaced
        putValues(ADMIN, id, List.of(value("1780", "2023", "T", null, "suppressed"))).then().statusCode(200);
        JsonNode twice = history(id);
        assertThat(twice.path("current").path("value").isNull()).isTrue();
        assertThat(twice.path("current").path("revision").asInt()).isEqualTo(3);
        assertThat(twice.path("corrections")).hasSize(2);
        assertThat(twice.path("corrections").get(0).path("value").decimalValue()).isEqualByComparingTo("42.25");
        assertThat(twice.path("corrections").get(0).path("changedBy").asText()).isEqualTo(ADMIN);
        assertThat(twice.path("corrections").get(1).path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(twice.path("corrections").get(1).path("changedBy").asText()).isEqualTo(PLANNER);

        JsonNode series = series(id, "1780", "T");
        assertThat(series.path("points").get(0).path("status").asText()).isEqualTo("suppressed");
        assertThat(series.path("points").get(0).path("revision").asInt()).isEqualTo(3);
    }

    @Test
    void identicalResubmitChangesNothing() {
        String id = createIndicator("percent");
        putValues(EDITOR, id, List.of(value("1780", "2023", "41.5"), value("1780", "2024", "30"))).then().statusCode(200);
        String firstRecordedAt = history(id).path("current").path("recordedAt").asText();

        // the same numbers spelled differently are the same values
        JsonNode again = json(putValues(PLANNER, id, List.of(value("1780", "2023", "41.50"), value("1780", "2024", "30.0")))
                .then().statusCode(200).extract().response());
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);
        assertThat(again.path("inserted").asInt()).isZero();
        assertThat(again.path("corrected").asInt()).isZero();
        assertThat(again.path("values").get(0).path("outcome").asText()).isEqualTo("unchanged");
        assertThat(again.path("values").get(0).path("recordedBy").asText()).isEqualTo(EDITOR);

        JsonNode history = history(id);
        assertThat(history.path("corrections")).isEmpty();
        assertThat(history.path("current").path("revision").asInt()).isEqualTo(1);
        assertThat(history.path("current").path("recordedBy").asText()).isEqualTo(EDITOR);
        assertThat(history.path("current").path("recordedAt").asText()).isEqualTo(firstRecordedAt);
        // audited once, when it was recorded; the identical resubmission left no entry
        JsonNode audit = TestApi.auditOf(id + "/1780/2023/T");
        assertThat(audit.path("totalItems").asInt()).isEqualTo(1);
        assertThat(audit.path("items").get(0).path("action").asText()).isEqualTo("measurement.record");
    }

    @Test
    void changingOnlyTheStatusIsACorrection() {
        String id = createIndicator("count");
        TestApi.record(id, List.of(value("1780", "2023", "T", "120", "preliminary")));
        TestApi.record(id, List.of(value("1780", "2023", "T", "120", "final")));

        JsonNode history = history(id);
        assertThat(history.path("current").path("status").asText()).isEqualTo("final");
        assertThat(history.path("corrections").get(0).path("status").asText()).isEqualTo("preliminary");
        assertThat(history.path("corrections").get(0).path("value").decimalValue()).isEqualByComparingTo(decimal("120"));
    }

    @Test
    void historyOfAValueNeverRecordedIsNotFound() {
        String id = createIndicator("count");
        as(VIEWER).when().get(historyPath(id, "1780", "2023", "T")).then().statusCode(404).contentType(TestApi.PROBLEM);
        as(VIEWER).when().get(historyPath(id, "1780", "2023", "X")).then().statusCode(400)
                .body("errors[0].field", equalTo("gender"));
    }

    private static JsonNode history(String id) {
        return json(as(VIEWER).when().get(historyPath(id, "1780", "2023", "T")).then().statusCode(200).extract().response());
    }
}
