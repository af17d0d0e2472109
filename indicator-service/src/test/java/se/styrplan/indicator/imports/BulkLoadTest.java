package se.styrplan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.styrplan.indicator.TestApi.ARBETSMARKNAD;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.PROBLEM;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.auditOf;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.historyPath;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.periods;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.imports.Bulk.CSV;
import static se.styrplan.indicator.imports.Bulk.HEADER;
import static se.styrplan.indicator.imports.Bulk.IMPORTS;
import static se.styrplan.indicator.imports.Bulk.NDJSON;
import static se.styrplan.indicator.imports.Bulk.csv;
import static se.styrplan.indicator.imports.Bulk.key;
import static se.styrplan.indicator.imports.Bulk.load;
import static se.styrplan.indicator.imports.Bulk.post;
import static se.styrplan.indicator.imports.Bulk.rejections;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The bulk API: CSV and NDJSON bodies, what good and bad rows do, idempotence, history, scope and refusals. */
@QuarkusTest
class BulkLoadTest {

    @Test
    void aCsvBodyRecordsValuesOfSeveralIndicatorsAsOneJob() {
        String a = createIndicator("percent");
        String b = createIndicator("count");
        JsonNode job = csv(PLANNER, key(a) + ",1780,2023,T,41.5,final\n"
                + key(a) + ",1780,2023,K,44.25,preliminary\n"
                + key(b) + ",0000,2022,,,suppressed\n"
                + key(b) + ",1780,2024,T,1200,\n");

        assertThat(job.path("kind").asText()).isEqualTo("bulk");
        assertThat(job.path("status").asText()).isEqualTo("succeeded");
        assertThat(job.path("format").asText()).isEqualTo("csv");
        assertThat(job.path("received").asLong()).isEqualTo(4);
        assertThat(job.path("inserted").asLong()).isEqualTo(4);
        assertThat(job.path("rejected").asLong()).isZero();
        assertThat(job.path("chunks").asInt()).isBetween(1, 2); // the rows are split by indicator over two workers
        assertThat(job.path("createdBy").asText()).isEqualTo(PLANNER);
        assertThat(job.path("finishedAt").asText()).isNotBlank();
        assertThat(job.path("progress").path("percent").asInt()).isEqualTo(100);

        JsonNode karlstad = series(a, "1780", "K").path("points").get(0);
        assertThat(karlstad.path("value").decimalValue()).isEqualByComparingTo("44.25");
        assertThat(karlstad.path("status").asText()).isEqualTo("preliminary");
        assertThat(karlstad.path("source").asText()).isEqualTo("bulk");
        assertThat(periods(series(b, "1780", "T"))).containsExactly("2024");
        JsonNode suppressed = series(b, "0000", "T").path("points").get(0);
        assertThat(suppressed.path("status").asText()).isEqualTo("suppressed");
        assertThat(suppressed.path("value").isMissingNode() || suppressed.path("value").isNull()).isTrue();

        JsonNode history = json(as(VIEWER).when().get(historyPath(a, "1780", "2023", "T")).then().statusCode(200).extract().response());
        assertThat(history.path("current").path("importJobId").asText()).isEqualTo(job.path("id").asText());
        assertThat(history.path("current").path("recordedBy").asText()).isEqualTo(PLANNER);

        // the job is listed and readable
        as(PLANNER).queryParam("kind", "bulk").when().get(IMPORTS).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(job.path("id").asText()));
    }

    @Test
    void anNdjsonBodyIsReadLineByLine() {
        String id = createIndicator("percent");
        JsonNode job = load(PLANNER, NDJSON, "{\"indicatorId\":\"" + id + "\",\"areaCode\":\"1780\",\"period\":\"2021\",\"value\":40}\n"
                + "\n"
                + "{\"indicatorId\":\"" + id + "\",\"areaCode\":\"1780\",\"period\":2022,\"gender\":\"M\",\"value\":39.5,\"status\":\"final\"}\n"
                + "{not json\n"
                + "{\"indicatorId\":\"" + id + "\",\"areaCode\":\"1780\",\"period\":\"2020\",\"value\":\"12\"}\n"
                + "{\"indicatorId\":\"" + id + "\",\"areaCode\":\"1780\",\"period\":\"2019\",\"value\":1,\"colour\":\"red\"}\n");
        assertThat(job.path("received").asLong()).isEqualTo(5);
        assertThat(job.path("inserted").asLong()).isEqualTo(2);
        assertThat(job.path("rejected").asLong()).isEqualTo(3);
        Map<Long, String> reasons = reasons(job);
        assertThat(reasons).containsOnlyKeys(4L, 5L, 6L);
        assertThat(reasons.get(4L)).startsWith("is not a JSON object");
        assertThat(reasons.get(5L)).isEqualTo("value: must be a number or null");
        assertThat(reasons.get(6L)).contains("colour: is not a field of a value");
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2021");
        assertThat(periods(series(id, "1780", "M"))).containsExactly("2022");
    }

    @Test
    void goodRowsAreAppliedAndEveryBadRowIsReportedWithItsLineAndReason() {
        String id = createIndicator("percent");
        String key = key(id);
        JsonNode job = csv(PLANNER, key + ",1780,2023,T,41.5,final\n"          // line 2: good
                + "no-such-indicator,1780,2023,T,1,final\n"                    // 3
                + key + ",9999,2023,T,1,final\n"                               // 4
                + key + ",1780,23,T,1,final\n"                                 // 5
                + key + ",1780,2023,X,1,final\n"                               // 6
                + key + ",1780,2022,T,abc,final\n"                             // 7
                + key + ",1780,2022,T,140,final\n"                             // 8: percent above 100
                + key + ",1780,2022,T,5,suppressed\n"                          // 9
                + key + ",1780,2022,T,,final\n"                                // 10
                + key + ",1780,2023,T,42,final\n"                              // 11: repeats line 2
                + key + ",1780,2021,T,12\n"                                    // 12: too few fields
                + ",1780,2021,T,12,final\n"                                    // 13
                + key + ",0580,2023,K,39,\n");                                 // 14: good, status defaults to final

        assertThat(job.path("status").asText()).isEqualTo("succeeded");
        assertThat(job.path("received").asLong()).isEqualTo(13);
        assertThat(job.path("inserted").asLong()).isEqualTo(2);
        assertThat(job.path("rejected").asLong()).isEqualTo(11);
        Map<Long, String> reasons = reasons(job);
        assertThat(reasons).containsOnlyKeys(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
        assertThat(reasons.get(3L)).isEqualTo("indicatorKey: no indicator has the key no-such-indicator");
        assertThat(reasons.get(4L)).isEqualTo("areaCode: no area has the code 9999 (see listAreas)");
        assertThat(reasons.get(5L)).startsWith("period: must be a year such as 2024");
        assertThat(reasons.get(6L)).isEqualTo("gender: must be one of T, K, M");
        assertThat(reasons.get(7L)).isEqualTo("value: must be a number, e.g. 41.5");
        assertThat(reasons.get(8L)).isEqualTo("value: must be between 0 and 100 for the unit percent");
        assertThat(reasons.get(9L)).isEqualTo("value: must be empty when the status is suppressed");
        assertThat(reasons.get(10L)).isEqualTo("value: is required unless the status is suppressed");
        assertThat(reasons.get(11L)).isEqualTo("repeats line 2 (same indicator, areaCode, period and gender)");
        assertThat(reasons.get(12L)).isEqualTo("has 5 fields where the header names 6");
        assertThat(reasons.get(13L)).isEqualTo("indicatorKey: indicatorKey or indicatorId is required");

        JsonNode rejected = rejections(job.path("id").asText());
        assertThat(rejected.path("totalItems").asInt()).isEqualTo(11);
        assertThat(rejected.path("items").get(0).path("line").asLong()).isEqualTo(3);
        assertThat(rejected.path("items").get(0).path("raw").asText()).isEqualTo("no-such-indicator,1780,2023,T,1,final");

        assertThat(series(id, "1780", "T").path("points").get(0).path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(periods(series(id, "0580", "K"))).containsExactly("2023");
    }

    @Test
    void reImportingIdenticalDataChangesNothing() {
        String id = createIndicator("percent");
        String rows = key(id) + ",1780,2023,T,41.5,final\n" + key(id) + ",1780,2022,T,40,final\n";
        String first = csv(PLANNER, rows).path("id").asText();
        JsonNode again = csv(PLANNER, rows.replace("41.5", "41.50"));

        assertThat(again.path("received").asLong()).isEqualTo(2);
        assertThat(again.path("unchanged").asLong()).isEqualTo(2);
        assertThat(again.path("inserted").asLong()).isZero();
        assertThat(again.path("updated").asLong()).isZero();
        JsonNode history = json(as(VIEWER).when().get(historyPath(id, "1780", "2023", "T")).then().statusCode(200).extract().response());
        assertThat(history.path("current").path("revision").asInt()).isEqualTo(1);
        assertThat(history.path("current").path("importJobId").asText()).isEqualTo(first);
        assertThat(history.path("corrections")).isEmpty();
        assertThat(auditOf(again.path("id").asText()).path("totalItems").asInt()).isZero();
        assertThat(auditOf(first).path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aChangedValueIsCorrectedAndKeepsItsHistory() {
        String id = createIndicator("percent");
        String first = csv(PLANNER, key(id) + ",1780,2023,T,41.5,preliminary\n").path("id").asText();
        JsonNode job = csv(EDITOR, key(id) + ",1780,2023,T,42,final\n");
        assertThat(job.path("updated").asLong()).isEqualTo(1);

        JsonNode history = json(as(VIEWER).when().get(historyPath(id, "1780", "2023", "T")).then().statusCode(200).extract().response());
        assertThat(history.path("current").path("value").decimalValue()).isEqualByComparingTo("42");
        assertThat(history.path("current").path("revision").asInt()).isEqualTo(2);
        assertThat(history.path("current").path("recordedBy").asText()).isEqualTo(EDITOR);
        JsonNode earlier = history.path("corrections").get(0);
        assertThat(earlier.path("value").decimalValue()).isEqualByComparingTo("41.5");
        assertThat(earlier.path("status").asText()).isEqualTo("preliminary");
        assertThat(earlier.path("importJobId").asText()).isEqualTo(first);
        assertThat(earlier.path("changedBy").asText()).isEqualTo(EDITOR);

        JsonNode audit = auditOf(job.path("id").asText());
        assertThat(audit.path("totalItems").asInt()).isEqualTo(1);
        JsonNode entry = audit.path("items").get(0);
        assertThat(entry.path("action").asText()).isEqualTo("measurement.import");
        assertThat(entry.path("actor").asText()).isEqualTo(EDITOR);
        assertThat(entry.path("after").path("updated").asInt()).isEqualTo(1);
    }

    @Test
    void anEditorLoadsOnlyTheIndicatorsOfTheirOwnDepartments() {
        String own = createIndicator("percent");
        String other = createIndicator("percent", ARBETSMARKNAD);
        String none = createIndicator("percent", null);
        JsonNode job = csv(EDITOR, key(own) + ",1780,2023,T,41.5,final\n" + key(other) + ",1780,2023,T,10,final\n"
                + key(none) + ",1780,2023,T,10,final\n");

        assertThat(job.path("inserted").asLong()).isEqualTo(1);
        assertThat(job.path("rejected").asLong()).isEqualTo(2);
        Map<Long, String> reasons = reasons(job);
        assertThat(reasons.get(3L)).isEqualTo("only editors of " + ARBETSMARKNAD + ", planners and admins may write the values of "
                + "indicator " + key(other));
        assertThat(reasons.get(4L)).isEqualTo("indicator " + key(none) + " has no owning department: only planners and admins may "
                + "write its values");
        assertThat(periods(series(own, "1780", "T"))).containsExactly("2023");
        assertThat(periods(series(other, "1780", "T"))).isEmpty();
        assertThat(periods(series(none, "1780", "T"))).isEmpty();
    }

    @Test
    void aSemicolonCsvFromSwedishExcelWithADecimalCommaIsRead() {
        String id = createIndicator("percent");
        JsonNode job = load(PLANNER, CSV, "\uFEFFareaCode;period;indicatorKey;value\r\n1780;2023;" + key(id) + ";41,5\r\n");
        assertThat(job.path("inserted").asLong()).isEqualTo(1);
        assertThat(series(id, "1780", "T").path("points").get(0).path("value").decimalValue()).isEqualByComparingTo("41.5");
    }

    @Test
    void anUnreadableBodyFailsTheJobWithA400() {
        post(PLANNER, CSV, "indicator,areaCode,period,value\nx,1780,2023,1\n").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("unknown column indicator"));
        post(PLANNER, CSV, "areaCode,period,value\n1780,2023,1\n").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("the header lacks indicatorKey or indicatorId"));
        post(PLANNER, CSV, HEADER).then().statusCode(400).body("detail", containsString("the body holds no rows"));
        String failed = post(PLANNER, CSV, "").then().statusCode(400).body("detail", containsString("the body is empty"))
                .extract().path("detail");
        String jobId = failed.replaceAll(".*Import job ([0-9a-f-]{36}).*", "$1");
        JsonNode job = Bulk.job(jobId);
        assertThat(job.path("status").asText()).isEqualTo("failed");
        assertThat(job.path("failureReason").asText()).contains("the body is empty");
    }

    @Test
    void refusalsAreProblems() {
        RestAssured.given().contentType(CSV).body(HEADER).when().post(Bulk.PATH).then().statusCode(401).contentType(PROBLEM);
        post(VIEWER, CSV, HEADER + "x,1780,2023,T,1,final\n").then().statusCode(403).contentType(PROBLEM);
        post(PLANNER, "application/json", "[]").then().statusCode(415).contentType(PROBLEM);
        RestAssured.given().when().get(IMPORTS).then().statusCode(401);
        as(VIEWER).when().get(IMPORTS).then().statusCode(403);
        as(PLANNER).when().get(IMPORTS + "/" + java.util.UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        as(PLANNER).queryParam("status", "done").when().get(IMPORTS).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aFinishedJobCannotBeCancelled() {
        String id = createIndicator("percent");
        String job = csv(EDITOR, key(id) + ",1780,2023,T,41.5,final\n").path("id").asText();
        as(EDITOR).when().post(IMPORTS + "/" + job + "/cancellation").then().statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Import job " + job + " has already succeeded"));
        as(se.styrplan.indicator.TestApi.OTHER_EDITOR).when().post(IMPORTS + "/" + job + "/cancellation").then().statusCode(403);
    }

    @Test
    void aLargeJsonBodyElsewhereIsRefusedBeforeItIsRead() {
        String id = createIndicator("percent");
        String big = "[" + "{\"areaCode\":\"1780\",\"period\":\"2023\",\"value\":1},".repeat(250_000) + "{}]";
        as(PLANNER).body(big).when().put(se.styrplan.indicator.TestApi.valuesPath(id)).then().statusCode(413).contentType(PROBLEM);
    }

    static Map<Long, String> reasons(JsonNode job) {
        Map<Long, String> reasons = new HashMap<>();
        rejections(job.path("id").asText()).path("items").forEach(r -> reasons.put(r.path("line").asLong(), r.path("reason").asText()));
        return reasons;
    }
}
