package se.styrplan.reporting.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static se.styrplan.reporting.TestEvents.DLQ_TOPIC;
import static se.styrplan.reporting.TestEvents.INDICATOR_TOPIC;
import static se.styrplan.reporting.TestEvents.OWN_AREA;
import static se.styrplan.reporting.TestEvents.PLAN_TOPIC;
import static se.styrplan.reporting.TestEvents.goal;
import static se.styrplan.reporting.TestEvents.idOf;
import static se.styrplan.reporting.TestEvents.measurementsRecorded;
import static se.styrplan.reporting.TestEvents.value;
import static se.styrplan.reporting.TestEvents.versionAdopted;
import static se.styrplan.reporting.TestEvents.yearly;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.devstack.test.TopicProbe;
import se.styrplan.reporting.ReportApi;
import se.styrplan.reporting.TestEvents;

/** At-least-once delivery handled: redeliveries applied once, poison messages set aside, unknown types skipped. */
@QuarkusTest
class IntakeReliabilityTest {

    static final int YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KafkaClientService kafka;

    @Inject
    MeterRegistry metrics;

    @Inject
    EntityManager em;

    @BeforeEach
    void consumersReady() {
        TestEvents.awaitConsumers(kafka);
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        UUID indicator = UUID.randomUUID();
        String envelope = measurementsRecorded(indicator, "higher_is_better", yearly(YEAR - 5, 10, 11, 12, 13, 14));
        String id = idOf(envelope);
        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/indicators/" + indicator + "/status").statusCode(200)
                .body("points", equalTo(5)));
        String computedAt = ReportApi.get("/api/reports/indicators/" + indicator + "/status").extract().path("computedAt");
        double duplicatesBefore = duplicates();

        TestEvents.sendRaw(INDICATOR_TOPIC, indicator.toString(), envelope); // the relay sent it again
        await().atMost(WAIT).until(() -> duplicates() > duplicatesBefore);

        assertThat(count("select count(*) from processed_event where event_id = :id", id)).isEqualTo(1);
        assertThat(count("select count(*) from measurement where indicator_id = cast(:id as uuid)", indicator.toString())).isEqualTo(5);
        // nothing was recomputed: the status is the one the first delivery stored
        ReportApi.get("/api/reports/indicators/" + indicator + "/status").statusCode(200)
                .body("computedAt", equalTo(computedAt))
                .body("points", equalTo(5))
                .body("latest.value", closeTo(14.0, 1e-9));
    }

    @Test
    void anOlderRevisionNeverReplacesANewerOne() {
        UUID indicator = UUID.randomUUID();
        String latest = Integer.toString(YEAR - 1);
        measurementsRecorded(indicator, "higher_is_better", yearly(YEAR - 5, 10, 11, 12, 13, 14));
        measurementsRecorded(indicator, "higher_is_better", List.of(value(OWN_AREA, latest, "T", 15.5, "final", 2)));
        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/indicators/" + indicator + "/status")
                .body("latest.value", closeTo(15.5, 1e-9)));

        // a different event carrying revision 1 again (an import replayed), then a marker value on the same key
        measurementsRecorded(indicator, "higher_is_better", List.of(value(OWN_AREA, latest, "T", 14.0, "final", 1)));
        measurementsRecorded(indicator, "higher_is_better", List.of(value(OWN_AREA, Integer.toString(YEAR - 6), "T", 9.0, "final", 1)));
        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/indicators/" + indicator + "/status")
                .body("points", equalTo(6)));
        ReportApi.get("/api/reports/indicators/" + indicator + "/status").body("latest.value", closeTo(15.5, 1e-9));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        UUID plan = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        try (TopicProbe dlq = TopicProbe.open(DLQ_TOPIC)) {
            TestEvents.sendRaw(PLAN_TOPIC, plan.toString(), "{\"specversion\": \"1.0\", \"id\": "); // cut off mid-way
            // same key, so same partition, right behind it
            versionAdopted(plan, UUID.randomUUID(), 1, List.of(goal(goal, "trygghet", UUID.randomUUID(), "Karlstad ska vara tryggt", 0)));

            ConsumerRecord<String, String> dead = dlq.await(r -> plan.toString().equals(r.key()), WAIT);
            assertThat(dead.value()).startsWith("{\"specversion\"");
            assertThat(header(dead, "dead-letter-reason")).contains("not JSON");
            assertThat(header(dead, "dead-letter-topic")).isEqualTo(PLAN_TOPIC);
            await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/goals/" + goal).statusCode(200)
                    .body("goal.title", equalTo("Karlstad ska vara tryggt")));
        }
    }

    @Test
    void aPayloadBreakingItsContractIsDeadLetteredWithItsReasonAndNothingOfItIsApplied() {
        UUID indicator = UUID.randomUUID();
        try (TopicProbe dlq = TopicProbe.open(DLQ_TOPIC)) {
            // the first value is fine, the second breaks the contract: the whole batch is set aside
            measurementsRecorded(indicator, "higher_is_better", List.of(value(OWN_AREA, "2020", "T", 1.0, "final", 1),
                    value(OWN_AREA, "2020Q1", "T", 1.0, "final", 1)));
            measurementsRecorded(indicator, "higher_is_better", yearly(YEAR - 3, 20, 21, 22));

            ConsumerRecord<String, String> dead = dlq.await(r -> indicator.toString().equals(r.key()), WAIT);
            assertThat(header(dead, "dead-letter-reason")).contains("2020Q1").contains("period");
            await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/indicators/" + indicator + "/status").statusCode(200)
                    .body("points", equalTo(3)));
            assertThat(count("select count(*) from measurement where indicator_id = cast(:id as uuid) and period = '2020'",
                    indicator.toString())).isZero();
        }
    }

    @Test
    void anUnknownEventTypeIsRecordedAndIgnored() {
        UUID indicator = UUID.randomUUID();
        try (TopicProbe dlq = TopicProbe.open(DLQ_TOPIC)) {
            String unknown = idOf(TestEvents.send(INDICATOR_TOPIC, indicator.toString(), "se.styrplan.indicator.ComparisonSetChanged.v1",
                    "indicators/" + indicator, Map.of("indicatorId", indicator.toString(), "somethingNew", List.of(1, 2))));
            measurementsRecorded(indicator, "higher_is_better", yearly(YEAR - 3, 1, 2, 3));
            await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/indicators/" + indicator + "/status").statusCode(200));

            assertThat(QuarkusTransaction.requiringNew().call(() -> em
                    .createNativeQuery("select outcome from processed_event where event_id = :id", String.class)
                    .setParameter("id", unknown).getSingleResult())).isEqualTo("ignored");
            assertThat(dlq.seen()).noneMatch(r -> indicator.toString().equals(r.key()));
        }
    }

    private double duplicates() {
        Counter counter = metrics.find("styrplan.reporting.events").tags("topic", INDICATOR_TOPIC, "outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
