package se.styrplan.indicator.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.styrplan.indicator.TestApi.DEFINITIONS;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.PROBLEM;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.periods;
import static se.styrplan.indicator.TestApi.putValues;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.TestApi.value;
import static se.styrplan.indicator.TestApi.valuesPath;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.styrplan.indicator.TestApi;

/**
 * Refused values: a 400 problem+json naming each invalid row by index and why, and nothing written. Every request
 * here also carries a valid row (index 0) that must not be written either.
 */
@QuarkusTest
class MeasurementValidationTest {

    private static final Map<String, Object> GOOD = value("1780", "2023", "41.5");

    @Test
    void unknownAreaIsRefused() {
        String id = createIndicator("percent");
        refused(id, List.of(GOOD, value("9999", "2023", "41.5")))
                .body("errors.field", equalTo(List.of("[1].areaCode")))
                .body("errors[0].message", containsString("9999"));
        assertNothingWritten(id);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-01", "24", "2024H3", "2024h1", "2024Q1", "", "1949" })
    void badPeriodIsRefused(String period) {
        String id = createIndicator("percent");
        refused(id, List.of(GOOD, value("1780", period, "41.5"))).body("errors.field", equalTo(List.of("[1].period")));
        assertNothingWritten(id);
    }

    @Test
    void yearBeyondNextYearIsRefusedButNextYearIsAccepted() {
        String id = createIndicator("percent");
        int thisYear = Year.now(ValueRules.ZONE).getValue();
        refused(id, List.of(GOOD, value("1780", String.valueOf(thisYear + 2), "41.5")))
                .body("errors.field", equalTo(List.of("[1].period")))
                .body("errors[0].message", containsString(String.valueOf(thisYear + 1)));
        assertNothingWritten(id);

        putValues(EDITOR, id, List.of(value("1780", (thisYear + 1) + "H1", "41.5"))).then().statusCode(200);
        assertThat(periods(series(id, "1780", "T"))).containsExactly((thisYear + 1) + "H1");
    }

    @Test
    void genderXIsRefused() {
        String id = createIndicator("percent");
        refused(id, List.of(GOOD, value("1780", "2022", "X", "41.5", "final")))
                .body("errors.field", equalTo(List.of("[1].gender")))
                .body("errors[0].message", containsString("T, K, M"));
        assertNothingWritten(id);
    }

    @Test
    void percentAboveOneHundredOrBelowZeroIsRefused() {
        String id = createIndicator("percent");
        refused(id, List.of(GOOD, value("1780", "2022", "120"), value("1780", "2021", "-0.5")))
                .body("errors.field", equalTo(List.of("[1].value", "[2].value")))
                .body("errors[0].message", containsString("between 0 and 100"));
        assertNothingWritten(id);

        putValues(EDITOR, id, List.of(value("1780", "2022", "100"), value("1780", "2021", "0"))).then().statusCode(200);
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2021", "2022");
    }

    @Test
    void aCountMayExceedOneHundred() {
        String id = createIndicator("count");
        putValues(EDITOR, id, List.of(value("1780", "2022", "120"), value("1780", "2021", "-3"))).then().statusCode(200);
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2021", "2022");
    }

    @Test
    void unknownStatusIsRefused() {
        String id = createIndicator("percent");
        refused(id, List.of(GOOD, value("1780", "2022", "T", "41.5", "..")))
                .body("errors.field", equalTo(List.of("[1].status")));
        assertNothingWritten(id);
    }

    @Test
    void suppressedTakesNoValueAndEveryOtherStatusNeedsOne() {
        String id = createIndicator("percent");
        refused(id, List.of(GOOD, value("1780", "2022", "T", "41.5", "suppressed"), value("1780", "2021", "T", null, "final")))
                .body("errors.field", equalTo(List.of("[1].value", "[2].value")));
        assertNothingWritten(id);
    }

    @Test
    void absurdValuesAreRefused() {
        String id = createIndicator("count");
        refused(id, List.of(GOOD, value("1780", "2022", "1e400"), value("1780", "2021", "0.00000000001")))
                .body("errors.field", equalTo(List.of("[1].value", "[2].value")));
        assertNothingWritten(id);
    }

    @Test
    void theSameValueTwiceInOneRequestIsRefused() {
        String id = createIndicator("percent");
        refused(id, List.of(GOOD, value("1780", "2022", "1"), value("1780", "2023", "42")))
                .body("errors.field", equalTo(List.of("[2]")))
                .body("errors[0].message", containsString("repeats row 0"));
        assertNothingWritten(id);
    }

    @Test
    void aBatchWithBadRowsAmongGoodOnesReportsEveryBadRowAndWritesNone() {
        String id = createIndicator("percent");
        List<Map<String, Object>> batch = List.of(
                GOOD,
                value("9999", "2023", "41.5"),                 // unknown area
                value("1780", "2022", "38"),
                value("1780", "2024-1", "X", "38", "final"),    // bad period and gender
                value("0580", "2023", "44"),
                value("1880", "2023", "120"));                  // percent above 100
        refused(id, batch)
                .body("detail", containsString("3 of 6 values are invalid"))
                .body("errors.field", containsInAnyOrder("[1].areaCode", "[3].period", "[3].gender", "[5].value"));
        assertNothingWritten(id);
        assertThat(periods(series(id, "0580", "T"))).isEmpty();
    }

    @Test
    void moreThanOneThousandValuesAreRefusedAndOneThousandAreAccepted() {
        String id = createIndicator("count");
        List<Map<String, Object>> thousandAndOne = distinctValues(1001);
        as(EDITOR).body(thousandAndOne).when().put(valuesPath(id))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].message", containsString("1 to 1000"));
        assertNothingWritten(id);

        as(EDITOR).body(thousandAndOne.subList(0, 1000)).when().put(valuesPath(id))
                .then().statusCode(200).body("inserted", equalTo(1000));
    }

    @Test
    void anEmptyOrMissingBodyIsRefused() {
        String id = createIndicator("percent");
        as(EDITOR).body(List.of()).when().put(valuesPath(id)).then().statusCode(400).contentType(PROBLEM);
        as(EDITOR).when().put(valuesPath(id)).then().statusCode(400).contentType(PROBLEM);
        as(EDITOR).body("[{\"areaCode\":\"1780\",\"period\":\"2023\",\"value\":\"many\"}]").when().put(valuesPath(id))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("[0].value"));
        as(EDITOR).body("[{\"areaCode\":\"1780\",\"period\":\"2023\",\"value\":1,\"source\":\"kolada\"}]").when().put(valuesPath(id))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("[0].source"));
        assertNothingWritten(id);
    }

    @Test
    void unknownIndicatorIsNotFound() {
        as(EDITOR).body(List.of(GOOD)).when().put(valuesPath(UUID.randomUUID().toString()))
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badReadParametersAreRefused() {
        String id = createIndicator("percent");
        String seriesPath = DEFINITIONS + "/" + id + "/series";
        as(VIEWER).when().get(seriesPath).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("area"));
        as(VIEWER).queryParam("area", "9999").when().get(seriesPath).then().statusCode(400).body("errors.field", hasItem("area"));
        as(VIEWER).queryParam("area", "1780").queryParam("gender", "X").when().get(seriesPath)
                .then().statusCode(400).body("errors.field", hasItem("gender"));
        as(VIEWER).queryParam("area", "1780").queryParam("from", 2022).queryParam("to", 2020).when().get(seriesPath)
                .then().statusCode(400).body("errors.field", hasItem("from"));
        as(VIEWER).queryParam("area", "1780").when().get(DEFINITIONS + "/" + UUID.randomUUID() + "/series").then().statusCode(404);
        as(VIEWER).queryParam("area", "1780").when().get("/api/indicators/values").then().statusCode(400).body("errors.field", hasItem("period"));
        as(VIEWER).queryParam("period", "2023").queryParam("area", "17800").when().get("/api/indicators/values")
                .then().statusCode(400).body("errors.field", hasItem("area"));
    }

    private static ValidatableResponse refused(String id, List<Map<String, Object>> values) {
        return putValues(EDITOR, id, values).then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
    }

    /** The valid row of each request (Karlstad 2023) was not written, nor anything else for Karlstad. */
    private static void assertNothingWritten(String id) {
        assertThat(periods(series(id, "1780", "T"))).isEmpty();
        as(VIEWER).when().get(TestApi.historyPath(id, "1780", "2023", "T")).then().statusCode(404);
    }

    /** n values with distinct area, period and gender. */
    private static List<Map<String, Object>> distinctValues(int n) {
        String[] areas = { "1780", "0580", "1880", "0680", "2180", "2281", "0780", "2580", "0880", "0000", "0017" };
        String[] genders = { "T", "K", "M" };
        List<Map<String, Object>> values = new ArrayList<>(n);
        for (int year = 1990; values.size() < n; year++) {
            for (String area : areas) {
                for (String gender : genders) {
                    if (values.size() < n) {
                        values.add(value(area, String.valueOf(year), gender, String.valueOf(year % 100), "final"));
                    }
                }
            }
        }
        return values;
    }
}
