package se.styrplan.reporting;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import se.styrplan.devstack.test.TestStack;

/**
 * Real CloudEvents on the test stack's real broker, shaped as plan-service and indicator-service publish them
 * (structured JSON mode, keyed by the aggregate's id, the content-type header of the outbox relay).
 */
public final class TestEvents {

    public static final String PLAN_TOPIC = "styrplan.plan.v1";
    public static final String INDICATOR_TOPIC = "styrplan.indicator.v1";
    public static final String DLQ_TOPIC = "styrplan.reporting.dlq.v1";
    public static final String OWN_AREA = "1780";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static KafkaProducer<String, String> producer;
    private static boolean consumersReady;

    private TestEvents() {
    }

    /**
     * The service's consumers start at the topics' end (test profile): wait until they own their partitions and
     * have resolved their positions, so nothing a test sends afterwards is skipped.
     */
    public static synchronized void awaitConsumers(KafkaClientService kafka) {
        if (consumersReady) {
            return;
        }
        for (String channel : List.of("plan-events", "indicator-events")) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                KafkaConsumer<Object, Object> consumer = kafka.getConsumer(channel);
                if (consumer == null) {
                    return false;
                }
                Set<TopicPartition> assigned = consumer.runOnPollingThread(c -> {
                    Set<TopicPartition> a = c.assignment();
                    a.forEach(c::position);
                    return a;
                }).await().atMost(Duration.ofSeconds(20));
                return !assigned.isEmpty();
            });
        }
        consumersReady = true;
    }

    /** Sends a CloudEvent and returns its envelope (to send again as is). */
    public static String send(String topic, String key, String type, String subject, Object data) {
        String envelope = envelope(UUID.randomUUID().toString(), type, subject, data);
        sendRaw(topic, key, envelope);
        return envelope;
    }

    /** The CloudEvent id of an envelope. */
    public static String idOf(String envelope) {
        try {
            return JSON.readTree(envelope).path("id").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String envelope(String id, String type, String subject, Object data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", type.startsWith("se.styrplan.plan.") ? "/styrplan/plan-service" : "/styrplan/indicator-service");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", OffsetDateTime.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends any value (a poison message, a redelivery) and waits for the broker's acknowledgement. */
    public static void sendRaw(String topic, String key, String value) {
        sendRaw(topic, key, value, Map.of());
    }

    /** The same with more headers (a traceparent, say). */
    public static void sendRaw(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close(Duration.ofSeconds(2))));
        }
        return producer;
    }

    // ---- payloads, as the producers' records serialise them ----

    public static String versionAdopted(UUID planId, UUID versionId, int number, List<Map<String, Object>> goals) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", planId);
        data.put("planKey", "strategisk-plan");
        data.put("planTitle", "Strategisk plan (test " + planId.toString().substring(0, 8) + ")");
        data.put("versionId", versionId);
        data.put("versionNumber", number);
        data.put("label", "Version " + number);
        data.put("basedOn", null);
        data.put("decidedOn", "2026-06-15");
        data.put("decidedBy", "Kommunfullmäktige");
        data.put("caseNumber", "KS-2026-" + number);
        List<Map<String, Object>> withPlan = new ArrayList<>();
        for (Map<String, Object> goal : goals) {
            Map<String, Object> g = new LinkedHashMap<>(goal);
            g.put("planId", planId);
            g.put("versionId", versionId);
            g.put("versionNumber", number);
            withPlan.add(g);
        }
        data.put("goals", withPlan);
        return send(PLAN_TOPIC, planId.toString(), "se.styrplan.plan.VersionAdopted.v1", "versions/" + versionId, data);
    }

    /** A GoalSnapshot (plan and version are filled in by {@link #versionAdopted}). */
    public static Map<String, Object> goal(UUID goalId, String key, UUID targetAreaId, String title, int position, UUID... indicators) {
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("goalId", goalId);
        goal.put("goalKey", key);
        goal.put("versionStatus", "adopted");
        goal.put("targetAreaId", targetAreaId);
        goal.put("targetAreaKey", "en-miljosmart-kommun");
        goal.put("targetAreaTitle", "En miljösmart kommun");
        goal.put("title", title);
        goal.put("sdgs", List.of(7, 11, 13));
        List<Map<String, Object>> links = new ArrayList<>();
        for (UUID id : indicators) {
            links.add(Map.of("indicatorId", id, "title", "Indikator " + id.toString().substring(0, 8)));
        }
        goal.put("indicators", links);
        goal.put("responsibleBody", "Miljönämnden");
        goal.put("position", position);
        return goal;
    }

    public static String indicatorDefined(UUID indicatorId, String direction) {
        return indicatorDefined(indicatorId, direction, "miljoforvaltningen");
    }

    /** An indicator owned by {@code department}, its values from Kolada. */
    public static String indicatorDefined(UUID indicatorId, String direction, String department) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", indicatorId);
        data.put("key", "test-" + indicatorId.toString().substring(0, 8));
        data.put("title", "Växthusgasutsläpp (test)");
        data.put("description", null);
        data.put("unit", "tonnes_per_inhabitant");
        data.put("unitLabel", "ton CO2e per invånare");
        data.put("direction", direction);
        data.put("source", "kolada");
        data.put("koladaKpiId", "N00401");
        data.put("koladaKpiIdChecked", false);
        data.put("dividedByGender", true);
        data.put("owningDepartment", department);
        data.put("status", "active");
        data.put("replacedBy", null);
        data.put("retiredReason", null);
        data.put("createdAt", OffsetDateTime.now().toString());
        data.put("updatedAt", OffsetDateTime.now().toString());
        data.put("version", 0);
        data.put("change", "created");
        return send(INDICATOR_TOPIC, indicatorId.toString(), "se.styrplan.indicator.IndicatorDefinitionChanged.v1",
                "indicators/" + indicatorId, data);
    }

    /** One value of a MeasurementsRecorded batch. */
    public static Map<String, Object> value(String area, String period, String gender, Double value, String status, int revision) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("areaCode", area);
        v.put("period", period);
        v.put("gender", gender);
        v.put("value", value);
        v.put("status", status);
        v.put("revision", revision);
        v.put("previousValue", null);
        v.put("previousStatus", null);
        return v;
    }

    /** Values of the own area, gender T, final, revision 1, for consecutive years from {@code firstYear}. */
    public static List<Map<String, Object>> yearly(int firstYear, double... values) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(value(OWN_AREA, Integer.toString(firstYear + i), "T", values[i], "final", 1));
        }
        return list;
    }

    public static String measurementsRecorded(UUID indicatorId, String direction, List<Map<String, Object>> values) {
        String envelope = envelope(UUID.randomUUID().toString(), "se.styrplan.indicator.MeasurementsRecorded.v1",
                "indicators/" + indicatorId, measurements(indicatorId, direction, values));
        sendRaw(INDICATOR_TOPIC, indicatorId.toString(), envelope);
        return envelope;
    }

    /** The same, for an indicator of another department (the event carries the owning department). */
    public static String measurementsRecorded(UUID indicatorId, String direction, String department, List<Map<String, Object>> values) {
        Map<String, Object> data = measurements(indicatorId, direction, values);
        data.put("owningDepartment", department);
        return send(INDICATOR_TOPIC, indicatorId.toString(), "se.styrplan.indicator.MeasurementsRecorded.v1", "indicators/" + indicatorId, data);
    }

    public static Map<String, Object> measurements(UUID indicatorId, String direction, List<Map<String, Object>> values) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("indicatorId", indicatorId);
        data.put("indicatorKey", "test-" + indicatorId.toString().substring(0, 8));
        data.put("unit", "tonnes_per_inhabitant");
        data.put("direction", direction);
        data.put("owningDepartment", "miljoforvaltningen");
        data.put("source", "manual");
        data.put("recordedBy", "erik");
        data.put("recordedAt", OffsetDateTime.now().toString());
        data.put("importJobId", null);
        data.put("values", values);
        return data;
    }

    public static String targetSet(UUID indicatorId, String direction, int year, double value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("indicatorId", indicatorId);
        data.put("indicatorKey", "test-" + indicatorId.toString().substring(0, 8));
        data.put("unit", "tonnes_per_inhabitant");
        data.put("direction", direction);
        data.put("owningDepartment", "miljoforvaltningen");
        data.put("year", year);
        data.put("gender", "T");
        data.put("value", value);
        data.put("previousValue", null);
        data.put("comment", "Klimatmålet");
        data.put("setBy", "erik");
        data.put("setAt", OffsetDateTime.now().toString());
        return send(INDICATOR_TOPIC, indicatorId.toString(), "se.styrplan.indicator.TargetSet.v1", "indicators/" + indicatorId, data);
    }

    public static String targetRemoved(UUID indicatorId, int year) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("indicatorId", indicatorId);
        data.put("indicatorKey", "test-" + indicatorId.toString().substring(0, 8));
        data.put("owningDepartment", "miljoforvaltningen");
        data.put("year", year);
        data.put("gender", "T");
        data.put("previousValue", 1.0);
        data.put("removedBy", "erik");
        data.put("removedAt", OffsetDateTime.now().toString());
        return send(INDICATOR_TOPIC, indicatorId.toString(), "se.styrplan.indicator.TargetRemoved.v1", "indicators/" + indicatorId, data);
    }
}
