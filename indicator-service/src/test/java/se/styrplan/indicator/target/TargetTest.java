package se.styrplan.indicator.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.PROBLEM;
import static se.styrplan.indicator.TestApi.TARGET_REMOVED;
import static se.styrplan.indicator.TestApi.TARGET_SET;
import static se.styrplan.indicator.TestApi.TOPIC;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.WAIT;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.auditOf;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.eventData;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.targetsPath;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.TopicProbe;
import se.styrplan.indicator.TestApi;

/** Targets: set, changed, listed and removed through the API, audited, and published on the real broker. */
@QuarkusTest
class TargetTest {

    @Test
    void targetsAreSetChangedListedAndRemoved() {
        String id = createIndicator("percent");
        JsonNode set = json(as(EDITOR).body(Map.of("value", 75, "comment", "Enligt klimatstrategin"))
                .when().put(targetsPath(id) + "/2030").then().statusCode(200).extract().response());
        assertThat(set.path("gender").asText()).isEqualTo("T");
        assertThat(set.path("setBy").asText()).isEqualTo(EDITOR);
        as(EDITOR).body(Map.of("gender", "K", "value", 80.5)).when().put(targetsPath(id) + "/2030").then().statusCode(200);
        as(EDITOR).body(Map.of("value", 60)).when().put(targetsPath(id) + "/2026").then().statusCode(200);

        JsonNode list = targets(id);
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("year").asInt()).isEqualTo(2026);
        assertThat(list.get(1).path("gender").asText()).isEqualTo("K");
        assertThat(list.get(1).path("value").decimalValue()).isEqualByComparingTo("80.5");
        assertThat(list.get(2).path("gender").asText()).isEqualTo("T");
        assertThat(list.get(2).path("value").decimalValue()).isEqualByComparingTo("75");
        assertThat(list.get(2).path("comment").asText()).isEqualTo("Enligt klimatstrategin");

        as(PLANNER).body(Map.of("value", 70, "comment", "Skärpt")).when().put(targetsPath(id) + "/2030").then().statusCode(200);
        JsonNode changed = targets(id).get(2);
        assertThat(changed.path("value").decimalValue()).isEqualByComparingTo("70");
        assertThat(changed.path("setBy").asText()).isEqualTo(PLANNER);
        assertThat(changed.path("comment").asText()).isEqualTo("Skärpt");

        as(EDITOR).when().delete(targetsPath(id) + "/2030").then().statusCode(204);
        JsonNode afterRemoval = targets(id);
        assertThat(afterRemoval).hasSize(2);
        assertThat(afterRemoval.get(1).path("gender").asText()).isEqualTo("K"); // only the total was removed
        as(EDITOR).when().delete(targetsPath(id) + "/2030").then().statusCode(404).contentType(PROBLEM);
        as(EDITOR).queryParam("gender", "K").when().delete(targetsPath(id) + "/2030").then().statusCode(204);
        assertThat(targets(id)).hasSize(1);
    }

    @Test
    void everyChangeIsAuditedAndAnIdenticalSetIsNot() {
        String id = createIndicator("percent");
        as(EDITOR).body(Map.of("value", 75)).when().put(targetsPath(id) + "/2030").then().statusCode(200);
        as(PLANNER).body(Map.of("value", 70)).when().put(targetsPath(id) + "/2030").then().statusCode(200);
        as(PLANNER).body(Map.of("value", 70.0)).when().put(targetsPath(id) + "/2030").then().statusCode(200); // identical
        as(EDITOR).when().delete(targetsPath(id) + "/2030").then().statusCode(204);

        JsonNode audit = auditOf(id + "/2030/T");
        assertThat(audit.path("totalItems").asInt()).isEqualTo(3);
        JsonNode items = audit.path("items");
        assertThat(items.get(0).path("action").asText()).isEqualTo("target.remove");
        assertThat(items.get(0).path("before").path("value").decimalValue()).isEqualByComparingTo("70");
        assertThat(items.get(0).path("after").isNull()).isTrue();
        assertThat(items.get(1).path("action").asText()).isEqualTo("target.set");
        assertThat(items.get(1).path("actor").asText()).isEqualTo(PLANNER);
        assertThat(items.get(1).path("before").path("value").decimalValue()).isEqualByComparingTo("75");
        assertThat(items.get(1).path("after").path("value").decimalValue()).isEqualByComparingTo("70");
        assertThat(items.get(2).path("action").asText()).isEqualTo("target.set");
        assertThat(items.get(2).path("before").isNull()).isTrue();
        assertThat(items.get(2).path("entityType").asText()).isEqualTo("target");
    }

    @Test
    void targetEventsArriveOnTheBrokerAndAnIdenticalSetPublishesNothing() {
        String id = createIndicator("percent");
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            as(EDITOR).body(Map.of("value", 75, "comment", "Mål")).when().put(targetsPath(id) + "/2030").then().statusCode(200);
            as(EDITOR).body(Map.of("value", 75, "comment", "Mål")).when().put(targetsPath(id) + "/2030").then().statusCode(200);
            as(PLANNER).body(Map.of("value", 70, "comment", "Mål")).when().put(targetsPath(id) + "/2030").then().statusCode(200);
            as(EDITOR).when().delete(targetsPath(id) + "/2030").then().statusCode(204);

            probe.await(r -> id.equals(r.key()) && r.value().contains(TARGET_REMOVED), WAIT);
            List<JsonNode> sets = eventData(probe.seen(), id, TARGET_SET);
            assertThat(sets).hasSize(2);
            assertThat(sets.get(0).path("indicatorId").asText()).isEqualTo(id);
            assertThat(sets.get(0).path("year").asInt()).isEqualTo(2030);
            assertThat(sets.get(0).path("gender").asText()).isEqualTo("T");
            assertThat(sets.get(0).path("value").decimalValue()).isEqualByComparingTo("75");
            assertThat(sets.get(0).path("previousValue").isNull()).isTrue();
            assertThat(sets.get(0).path("owningDepartment").asText()).isEqualTo(TestApi.MILJO);
            assertThat(sets.get(0).path("unit").asText()).isEqualTo("percent");
            assertThat(sets.get(0).path("setBy").asText()).isEqualTo(EDITOR);
            assertThat(sets.get(1).path("value").decimalValue()).isEqualByComparingTo("70");
            assertThat(sets.get(1).path("previousValue").decimalValue()).isEqualByComparingTo("75");
            List<JsonNode> removals = eventData(probe.seen(), id, TARGET_REMOVED);
            assertThat(removals).hasSize(1);
            assertThat(removals.get(0).path("previousValue").decimalValue()).isEqualByComparingTo("70");
            assertThat(removals.get(0).path("removedBy").asText()).isEqualTo(EDITOR);
        }
    }

    @Test
    void badTargetsAreRefusedAndNothingIsWritten() {
        String id = createIndicator("percent");
        String path = targetsPath(id) + "/2030";
        as(EDITOR).body(Map.of("value", 120)).when().put(path).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("value"));
        as(EDITOR).body(Map.of("gender", "X", "value", 50)).when().put(path).then().statusCode(400)
                .body("errors.field", hasItem("gender"));
        as(EDITOR).body(Map.of("comment", "utan värde")).when().put(path).then().statusCode(400)
                .body("errors.field", hasItem("value"));
        as(EDITOR).body(Map.of("value", 50)).when().put(targetsPath(id) + "/1989").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        as(EDITOR).body(Map.of("value", 50)).when().put(targetsPath(id) + "/2101").then().statusCode(400);
        as(EDITOR).body(Map.of("value", 50)).when().put(targetsPath(UUID.randomUUID().toString()) + "/2030").then().statusCode(404);
        assertThat(targets(id)).isEmpty();
    }

    @Test
    void aRetiredIndicatorTakesNoNewTargets() {
        String id = createIndicator("percent");
        as(PLANNER).body(Map.of("reason", "Utgår")).when().post(TestApi.DEFINITIONS + "/" + id + "/retire").then().statusCode(200);
        as(PLANNER).body(Map.of("value", 50)).when().put(targetsPath(id) + "/2030").then().statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409));
        assertThat(targets(id)).isEmpty();
    }

    private static JsonNode targets(String id) {
        return json(as(VIEWER).when().get(targetsPath(id)).then().statusCode(200).extract().response());
    }
}
