package se.styrplan.deploy.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.devstack.Stack;
import se.styrplan.devstack.postgres.PostgresServer;
import se.styrplan.devstack.process.Ports;
import se.styrplan.devstack.test.TestStack;

/**
 * Two packaged reporting-service processes in one consumer group on one database (issue #9): every event is applied
 * exactly once, and after one replica is killed with SIGKILL mid-stream the other takes over its partitions and
 * nothing is lost. Runs {@code reporting-service/target/quarkus-app} (built before this module in the reactor) on
 * topics, a consumer group and a database of its own.
 */
class ReportingReplicasTest {

    private static final int INDICATORS = 30;
    private static final int MEASUREMENT_EVENTS_PER_PHASE = 240;
    private static final int PLAN_EVENTS_PER_PHASE = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Stack stack = TestStack.get();
    private final PostgresServer postgres = stack.postgres();
    private final String database = "reporting_scale_" + UUID.randomUUID().toString().substring(0, 8);
    private final String group = "scale-test-reporting-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<ReplicaProcess> replicas = new ArrayList<>();
    private final List<UUID> indicators = Stream.generate(UUID::randomUUID).limit(INDICATORS).toList();
    private String planTopic;
    private String indicatorTopic;
    private String deadLetterTopic;

    @BeforeEach
    void setUp() {
        planTopic = Topics.create("scale-test.plan", 3);
        indicatorTopic = Topics.create("scale-test.indicator", 6);
        deadLetterTopic = Topics.create("scale-test.dlq", 1);
        postgres.ensureDatabase(database, "reporting", "reporting");
    }

    @AfterEach
    void tearDown() throws Exception {
        for (ReplicaProcess replica : replicas) {
            replica.close();
        }
        postgres.dropDatabase(database);
        Topics.delete(planTopic, indicatorTopic, deadLetterTopic);
    }

    @Test
    void everyEventIsAppliedOnceAndAKilledReplicasPartitionsAreTakenOver() throws Exception {
        Path app = PackagedApps.copy("reporting-service");
        ReplicaProcess first = start("replica-1", app);
        ReplicaProcess second = start("replica-2", app);
        first.awaitReady(Duration.ofSeconds(180));
        second.awaitReady(Duration.ofSeconds(180));
        // two consumers (plan and indicator channel) per replica, and every partition assigned
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> members().size() == 4
                && assigned(members()).size() == 9);

        Set<String> produced = new HashSet<>();
        try (KafkaProducer<String, String> producer = producer()) {
            produced.addAll(produce(producer, 0));
            // mid-stream: both replicas are applying events when one of them dies
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                    first.counter("styrplan_reporting_events_total", "outcome=\"applied\"") > 10
                            && second.counter("styrplan_reporting_events_total", "outcome=\"applied\"") > 10);
            int processedAtKill = count("select count(*) from processed_event");
            first.kill();
            System.out.printf("replicas: killed %s (pid %d) with %d of %d events processed%n", first.name(), first.pid(),
                    processedAtKill, produced.size());
            assertThat(processedAtKill).as("the kill must come before the stream is through").isLessThan(produced.size());
            produced.addAll(produce(producer, 1));
        }

        // the survivor's two consumers alone hold all nine partitions
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> members().size() == 2
                && assigned(members()).size() == 9);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("select count(*) from processed_event") >= produced.size());
        Thread.sleep(3000); // anything redelivered after the takeover has been handled by now; it must change nothing

        assertThat(ids("select event_id from processed_event")).as("every event processed, none lost, none extra")
                .isEqualTo(produced);
        assertThat(count("select count(*) from processed_event where outcome = 'applied'"))
                .isEqualTo(2 * MEASUREMENT_EVENTS_PER_PHASE);
        assertThat(count("select count(*) from processed_event where outcome = 'ignored'")).isEqualTo(2 * PLAN_EVENTS_PER_PHASE);
        // each measurement event carried one value of its own: the read model holds each exactly once
        assertThat(count("select count(*) from measurement")).isEqualTo(2 * MEASUREMENT_EVENTS_PER_PHASE);
        assertThat(count("select count(*) from measurement where revision <> 1")).isZero();
        assertThat(Topics.readAll(deadLetterTopic, 0, Duration.ofSeconds(1), Duration.ofSeconds(5))).isEmpty();
        System.out.printf("replicas: survivor applied %.0f, skipped %.0f redelivered duplicates; its peak RSS %d MB (-Xmx256m)%n",
                second.counter("styrplan_reporting_events_total", "outcome=\"applied\""),
                second.counter("styrplan_reporting_events_total", "outcome=\"duplicate\""), second.peakRssMegabytes());
    }

    private ReplicaProcess start(String name, Path app) throws IOException {
        int port = Ports.free();
        Map<String, String> environment = Map.of(
                "DB_URL", postgres.jdbcUrl(database),
                "DB_USER", "reporting",
                "DB_PASSWORD", "reporting",
                "DB_POOL_MAX", "5",
                "KAFKA_BOOTSTRAP_SERVERS", Topics.bootstrapServers(),
                "OIDC_SERVER_URL", stack.keycloak().realmUrl());
        List<String> properties = new ArrayList<>();
        for (String channel : List.of("plan-events", "indicator-events")) {
            String prefix = "-Dmp.messaging.incoming." + channel + ".";
            properties.add(prefix + "topic=" + (channel.equals("plan-events") ? planTopic : indicatorTopic));
            properties.add(prefix + "group.id=" + group);
            properties.add(prefix + "dead-letter-queue.topic=" + deadLetterTopic);
            // a killed member's partitions move after the session timeout: 10 s instead of Kafka's 45 s
            properties.add(prefix + "session.timeout.ms=10000");
            properties.add(prefix + "heartbeat.interval.ms=1000");
        }
        Path log = Path.of("target", name + ".log").toAbsolutePath();
        ReplicaProcess replica = ReplicaProcess.start(name, app, port, environment, properties, log);
        replicas.add(replica);
        return replica;
    }

    /** One phase of the stream: measurement events on the indicator topic, draft-goal events on the plan topic. */
    private Set<String> produce(KafkaProducer<String, String> producer, int phase) throws Exception {
        Set<String> ids = new HashSet<>();
        List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
        for (int n = 0; n < MEASUREMENT_EVENTS_PER_PHASE; n++) {
            UUID indicator = indicators.get(n % INDICATORS);
            // a period of its own per event: 1000 + phase * 500 + n, so that each event adds one value
            String period = String.valueOf(1000 + phase * 500 + n);
            Map<String, Object> data = Map.of("indicatorId", indicator.toString(), "indicatorKey", "scale-" + (n % INDICATORS),
                    "unit", "antal", "direction", "higher_is_better",
                    "values", List.of(Map.of("areaCode", "1780", "period", period, "gender", "T", "value", n,
                            "status", "final", "revision", 1)));
            acks.add(producer.send(record(indicatorTopic, indicator.toString(), "se.styrplan.indicator.MeasurementsRecorded.v1",
                    "indicator/" + indicator, data, ids)));
        }
        for (int n = 0; n < PLAN_EVENTS_PER_PHASE; n++) {
            String goal = UUID.randomUUID().toString();
            acks.add(producer.send(record(planTopic, goal, "se.styrplan.plan.GoalCreated.v1", "goal/" + goal,
                    Map.of("goalId", goal, "title", "Scale test goal " + n), ids)));
        }
        for (java.util.concurrent.Future<?> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
        return ids;
    }

    private static ProducerRecord<String, String> record(String topic, String key, String type, String subject,
            Map<String, Object> data, Set<String> ids) throws Exception {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        Map<String, Object> envelope = Map.of("specversion", "1.0", "id", id, "source", "/styrplan/scale-test", "type", type,
                "subject", subject, "time", OffsetDateTime.now().toString(), "datacontenttype", "application/json", "data", data);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, JSON.writeValueAsString(envelope));
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Topics.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private List<MemberDescription> members() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Topics.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(10, TimeUnit.SECONDS);
            return List.copyOf(description.members());
        }
    }

    private static Set<TopicPartition> assigned(List<MemberDescription> members) {
        Set<TopicPartition> partitions = new HashSet<>();
        members.forEach(m -> partitions.addAll(m.assignment().topicPartitions()));
        return partitions;
    }

    private int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(database), "reporting", "reporting");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            if (e.getMessage().contains("does not exist")) {
                return 0; // the replicas' Flyway migration has not created the table yet
            }
            throw e;
        }
    }

    private Set<String> ids(String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(database), "reporting", "reporting");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
