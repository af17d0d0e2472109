package se.styrplan.indicator;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.styrplan.devstack.test.Tokens;

/**
 * The indicator-service API as the value, target and scope tests call it: demo users with real tokens, indicators
 * created through the catalogue API (each test its own), and JSON read with exact decimals.
 */
public final class TestApi {

    public static final String DEFINITIONS = "/api/indicators/definitions";
    public static final String AUDIT = "/api/indicators/audit";
    public static final String TOPIC = "styrplan.indicator.v1";
    public static final String RECORDED = "se.styrplan.indicator.MeasurementsRecorded.v1";
    public static final String TARGET_SET = "se.styrplan.indicator.TargetSet.v1";
    public static final String TARGET_REMOVED = "se.styrplan.indicator.TargetRemoved.v1";
    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String PROBLEM = "application/problem+json";

    /** The department erik edits for; the indicators under test belong to it. */
    public static final String MILJO = "miljoforvaltningen";
    /** The department karin edits for. */
    public static final String ARBETSMARKNAD = "arbetsmarknads-och-socialforvaltningen";

    public static final String ADMIN = "anna";
    public static final String PLANNER = "petra";
    public static final String EDITOR = "erik";
    public static final String OTHER_EDITOR = "karin";
    public static final String VIEWER = "victor";

    /** Numbers as BigDecimal, so that 41.5 is compared as 41.5 and not as a float. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private TestApi() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** An indicator of Miljöförvaltningen in this unit, created by a planner; returns its id. */
    public static String createIndicator(String unit) {
        return createIndicator(unit, MILJO);
    }

    public static String createIndicator(String unit, String department) {
        return createIndicator(unit, department, "Testindikator " + unique());
    }

    public static String createIndicator(String unit, String department, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", "matvarde-" + unique());
        body.put("title", title);
        body.put("unit", unit);
        body.put("unitLabel", "percent".equals(unit) ? "andel (%)" : "antal");
        body.put("direction", "higher_is_better");
        body.put("source", "kolada");
        body.put("dividedByGender", true);
        body.put("owningDepartment", department);
        return as(PLANNER).body(body).when().post(DEFINITIONS).then().statusCode(201).extract().path("id");
    }

    /** One value of a PUT .../values body; {@code value} null leaves it out (a suppressed value). */
    public static Map<String, Object> value(String area, String period, String gender, String value, String status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("areaCode", area);
        row.put("period", period);
        row.put("gender", gender);
        row.put("value", value == null ? null : new BigDecimal(value));
        row.put("status", status);
        return row;
    }

    public static Map<String, Object> value(String area, String period, String value) {
        return value(area, period, "T", value, "final");
    }

    public static String valuesPath(String id) {
        return DEFINITIONS + "/" + id + "/values";
    }

    public static String historyPath(String id, String area, String period, String gender) {
        return valuesPath(id) + "/" + area + "/" + period + "/" + gender + "/history";
    }

    public static String targetsPath(String id) {
        return DEFINITIONS + "/" + id + "/targets";
    }

    public static Response putValues(String user, String id, List<Map<String, Object>> values) {
        return as(user).body(values).when().put(valuesPath(id));
    }

    /** Records the values as a planner, expecting success. */
    public static JsonNode record(String id, List<Map<String, Object>> values) {
        return json(putValues(PLANNER, id, values).then().statusCode(200).extract().response());
    }

    /** The series of an indicator for an area and gender, read by a viewer. */
    public static JsonNode series(String id, String area, String gender) {
        return json(as(VIEWER).queryParam("area", area).queryParam("gender", gender)
                .when().get(DEFINITIONS + "/" + id + "/series").then().statusCode(200).extract().response());
    }

    /** The periods of a series, in the order the API gives them. */
    public static List<String> periods(JsonNode series) {
        return StreamSupport.stream(series.path("points").spliterator(), false).map(p -> p.path("period").asText()).toList();
    }

    public static JsonNode auditOf(String entityId) {
        return json(as(ADMIN).queryParam("entityId", entityId).when().get(AUDIT).then().statusCode(200).extract().response());
    }

    public static JsonNode json(Response response) {
        return json(response.asString());
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    public static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    /** The data of the events of one type with this key, in the order the broker delivered them. */
    public static List<JsonNode> eventData(List<ConsumerRecord<String, String>> records, String key, String type) {
        List<JsonNode> data = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (key.equals(record.key())) {
                JsonNode event = json(record.value());
                if (type.equals(event.path("type").asText())) {
                    data.add(event.path("data"));
                }
            }
        }
        return data;
    }
}
