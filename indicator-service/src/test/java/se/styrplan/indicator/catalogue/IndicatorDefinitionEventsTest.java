package se.styrplan.indicator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.catalogue.Catalogue.ADMIN;
import static se.styrplan.indicator.catalogue.Catalogue.PATH;
import static se.styrplan.indicator.catalogue.Catalogue.PLANNER;
import static se.styrplan.indicator.catalogue.Catalogue.as;
import static se.styrplan.indicator.catalogue.Catalogue.create;
import static se.styrplan.indicator.catalogue.Catalogue.definition;
import static se.styrplan.indicator.catalogue.Catalogue.unique;
import static se.styrplan.indicator.catalogue.Catalogue.with;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.TopicProbe;

/** The catalogue's events as they arrive on the real broker, keyed by the indicator's id. */
@QuarkusTest
class IndicatorDefinitionEventsTest {

    private static final String TOPIC = "styrplan.indicator.v1";
    private static final String CHANGED = "se.styrplan.indicator.IndicatorDefinitionChanged.v1";
    private static final String RETIRED = "se.styrplan.indicator.IndicatorRetired.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void creationPublishesTheWholeDefinition() throws Exception {
        Map<String, Object> body = with(definition(unique()), "koladaKpiId", "N00090");
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String id = create(body);

            JsonNode event = JSON.readTree(probe.await(r -> id.equals(r.key()) && r.value().contains(CHANGED), WAIT).value());
            assertThat(event.path("type").asText()).isEqualTo(CHANGED);
            assertThat(event.path("subject").asText()).isEqualTo("indicators/" + id);
            assertThat(event.path("source").asText()).isEqualTo("/styrplan/indicator-service");
            JsonNode data = event.path("data");
            assertThat(data.path("change").asText()).isEqualTo("created");
            assertThat(data.path("id").asText()).isEqualTo(id);
            assertThat(data.path("key").asText()).isEqualTo(body.get("key"));
            assertThat(data.path("title").asText()).isEqualTo(body.get("title"));
            assertThat(data.path("unit").asText()).isEqualTo("count");
            assertThat(data.path("direction").asText()).isEqualTo("higher_is_better");
            assertThat(data.path("koladaKpiId").asText()).isEqualTo("N00090");
            assertThat(data.path("status").asText()).isEqualTo("active");
            // the event carries exactly what the service stored
            String storedAt = as(Catalogue.VIEWER).when().get(PATH + "/" + id).then().statusCode(200).extract().path("createdAt");
            assertThat(OffsetDateTime.parse(data.path("createdAt").asText()).toInstant())
                    .isEqualTo(OffsetDateTime.parse(storedAt).toInstant());
        }
    }

    @Test
    void changePublishesUpdatedAndAnIdenticalUpsertPublishesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = definition(unique());
        Map<String, Object> marker = with(body, "title", "Markör " + body.get("key"));
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            as(PLANNER).body(body).when().put(PATH + "/" + id).then().statusCode(201);
            probe.await(r -> id.equals(r.key()) && r.value().contains("\"created\""), WAIT);

            as(PLANNER).body(body).when().put(PATH + "/" + id).then().statusCode(200);
            // same key, so same partition: the marker arrives after anything the identical upsert could have sent
            as(PLANNER).body(marker).when().put(PATH + "/" + id).then().statusCode(200);
            JsonNode event = JSON.readTree(probe.await(r -> id.equals(r.key()) && r.value().contains("Markör"), WAIT).value());
            assertThat(event.path("data").path("change").asText()).isEqualTo("updated");

            List<ConsumerRecord<String, String>> ofThisIndicator = probe.seen().stream().filter(r -> id.equals(r.key())).toList();
            assertThat(ofThisIndicator).hasSize(2);
        }
    }

    @Test
    void retirementPublishesIndicatorRetired() throws Exception {
        Map<String, Object> body = definition(unique());
        String replacement = create(definition(unique()));
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String id = create(body);
            as(ADMIN).body(Map.of("replacedBy", replacement, "reason", "Ersätts av Koladas nyckeltal"))
                    .when().post(PATH + "/" + id + "/retire").then().statusCode(200);

            JsonNode event = JSON.readTree(probe.await(r -> id.equals(r.key()) && r.value().contains(RETIRED), WAIT).value());
            assertThat(event.path("subject").asText()).isEqualTo("indicators/" + id);
            JsonNode data = event.path("data");
            assertThat(data.path("id").asText()).isEqualTo(id);
            assertThat(data.path("key").asText()).isEqualTo(body.get("key"));
            assertThat(data.path("replacedBy").asText()).isEqualTo(replacement);
            assertThat(data.path("reason").asText()).isEqualTo("Ersätts av Koladas nyckeltal");
        }
    }

    @Test
    void refusedSecondRetirementPublishesNothing() throws Exception {
        Map<String, Object> body = definition(unique());
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            String id = create(body);
            Catalogue.retire(id, null, "Utgår");
            as(PLANNER).body(Map.of("reason", "Igen")).when().post(PATH + "/" + id + "/retire").then().statusCode(409);
            as(PLANNER).body(with(body, "title", "Markör " + body.get("key"))).when().put(PATH + "/" + id).then().statusCode(200);

            probe.await(r -> id.equals(r.key()) && r.value().contains("Markör"), WAIT);
            List<String> types = probe.seen().stream().filter(r -> id.equals(r.key()))
                    .map(r -> r.value().contains(RETIRED) ? "retired" : "changed").toList();
            assertThat(types).containsExactly("changed", "retired", "changed");
        }
    }
}
