package se.styrplan.deploy.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.platform.outbox.Outbox;
import se.styrplan.platform.outbox.OutboxRelay;

/**
 * Two replicas' outbox relays racing on one {@code outbox_event} table (issue #9, decision 0003): the platform's
 * own {@link OutboxRelay} bean of this application, and a second {@code OutboxRelay} with its own Kafka producer,
 * both nudged continuously while writers commit events. Every event must reach the broker exactly once, and each
 * aggregate's events in the order they were written.
 */
@QuarkusTest
class OutboxRelayRaceTest {

    private static final int WRITERS = 4;
    private static final int KEYS_PER_WRITER = 5;
    private static final int EVENTS_PER_KEY = 60;
    private static final int EVENTS = WRITERS * KEYS_PER_WRITER * EVENTS_PER_KEY;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relayA;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    ObjectMapper json;

    private OutboxRelay relayB;
    private final MeterRegistry registryOfB = new SimpleMeterRegistry();

    private final List<String> topics = new ArrayList<>();

    @AfterEach
    void stopSecondRelay() throws Exception {
        if (relayB != null) {
            invoke(relayB, "stop", ShutdownEvent.class, new ShutdownEvent());
        }
        // the stack may be the run command's, which lives on: leave no test topics behind
        Topics.delete(topics.toArray(String[]::new));
    }

    @Test
    void eachEventIsPublishedExactlyOnceAndInOrderPerAggregate() throws Exception {
        String topic = Topics.create("scale-test.outbox-race", 3);
        topics.add(topic);
        relayB = secondRelay();

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        // both relays are woken all the time, as two replicas' timers and commits would, only far more often
        List<Future<?>> nudgers = new ArrayList<>();
        for (OutboxRelay relay : List.of(relayA, relayB)) {
            nudgers.add(pool.submit(() -> {
                while (writing.get()) {
                    relay.nudge();
                    Thread.onSpinWait();
                }
                return null;
            }));
        }
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int n = 0; n < EVENTS_PER_KEY; n++) {
                    int sequence = n;
                    // a transaction writes one event for each of this writer's aggregates, in sequence order
                    QuarkusTransaction.requiringNew().run(() -> {
                        for (int k = 0; k < KEYS_PER_WRITER; k++) {
                            String key = "aggregate-" + writer + "-" + k;
                            outbox.publish(topic, key, "se.styrplan.test.RaceProbe.v1", "race/" + key,
                                    Map.of("key", key, "sequence", sequence));
                        }
                    });
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult()).intValue()) == 0);
        writing.set(false);
        for (Future<?> nudger : nudgers) {
            nudger.get();
        }
        pool.shutdown();

        assertEachEventOnceAndInOrder(topic, WRITERS * KEYS_PER_WRITER, EVENTS_PER_KEY);
        // each relay counts what it sent: together exactly every event, and both took part, so the race did happen
        double sentByA = metrics.counter("styrplan.outbox.relayed").count();
        double sentByB = registryOfB.counter("styrplan.outbox.relayed").count();
        System.out.printf("outbox race: relay A sent %.0f, relay B sent %.0f of %d events%n", sentByA, sentByB, EVENTS);
        assertThat(sentByA + sentByB).isEqualTo(EVENTS);
        assertThat(sentByA).isPositive();
        assertThat(sentByB).isPositive();
    }

    /**
     * The check above can fail: two relays without any lock, reading the same rows before either deletes them,
     * send every event twice, and the same check catches it. (They work on a table of their own, so the real
     * relays of this application cannot interfere.)
     */
    @Test
    void theCheckCatchesRelaysThatSendTwice() throws Exception {
        String topic = Topics.create("scale-test.unlocked-race", 3);
        topics.add(topic);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("create table if not exists unlocked_outbox (like outbox_event)").executeUpdate();
            em.createNativeQuery("truncate unlocked_outbox").executeUpdate();
        });
        for (int n = 0; n < 10; n++) {
            int sequence = n;
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(topic, "aggregate-x", "se.styrplan.test.RaceProbe.v1", "race/x", Map.of("sequence", sequence));
                em.createNativeQuery("insert into unlocked_outbox select * from outbox_event where topic = :topic")
                        .setParameter("topic", topic).executeUpdate();
                em.createNativeQuery("delete from outbox_event where topic = :topic").setParameter("topic", topic).executeUpdate();
            });
        }
        java.util.concurrent.CyclicBarrier bothHaveRead = new java.util.concurrent.CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> relays = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            relays.add(pool.submit(() -> unlockedRelay(bothHaveRead)));
        }
        for (Future<?> relay : relays) {
            relay.get();
        }
        pool.shutdown();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertEachEventOnceAndInOrder(topic, 1, 10))
                .isInstanceOf(AssertionError.class).hasMessageContaining("more than once");
    }

    /** What decision 0003 rules out: read, send, delete, with nothing keeping a second relay away. */
    private Void unlockedRelay(java.util.concurrent.CyclicBarrier bothHaveRead) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Topics.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select seq, topic, event_key, envelope from unlocked_outbox order by seq").getResultList());
            bothHaveRead.await(30, java.util.concurrent.TimeUnit.SECONDS);
            for (Object[] row : rows) {
                producer.send(new ProducerRecord<>((String) row[1], (String) row[2], (String) row[3])).get();
            }
            List<Long> sent = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from unlocked_outbox where seq in (:sent)")
                    .setParameter("sent", sent).executeUpdate());
        }
        return null;
    }

    /** Every event of the topic exactly once, each key's events in the order of their sequence numbers. */
    private void assertEachEventOnceAndInOrder(String topic, int keys, int eventsPerKey) throws Exception {
        int events = keys * eventsPerKey;
        List<ConsumerRecord<String, String>> records = Topics.readAll(topic, events, Duration.ofSeconds(3), Duration.ofSeconds(60));
        Map<String, Integer> copiesById = new HashMap<>();
        Map<String, List<Integer>> sequencesByKey = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = json.readTree(record.value());
            copiesById.merge(event.path("id").asText(), 1, Integer::sum);
            sequencesByKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.path("data").path("sequence").asInt());
        }
        assertThat(copiesById).as("distinct events on the topic").hasSize(events);
        assertThat(copiesById.entrySet()).as("events sent more than once").filteredOn(e -> e.getValue() > 1).isEmpty();
        assertThat(records).hasSize(events);
        assertThat(sequencesByKey).hasSize(keys).allSatisfy((key, sequences) ->
                assertThat(sequences).as(key).isSorted().hasSize(eventsPerKey));
    }

    /** A second relay, as another replica of the service would run it: own producer, own worker thread. */
    private OutboxRelay secondRelay() throws Exception {
        OutboxRelay relay = new OutboxRelay();
        set(relay, "em", em);
        set(relay, "metrics", registryOfB);
        set(relay, "bootstrapServers", Topics.bootstrapServers());
        // tracing off, as in the other relay's service (a bean never initialised records nothing)
        set(relay, "tracing", new se.styrplan.platform.tracing.EventTracing());
        invoke(relay, "start", StartupEvent.class, new StartupEvent());
        return relay;
    }

    // the relay's collaborators are package-private injection points; reflection stands in for the container
    private static void set(Object target, String field, Object value) throws Exception {
        Field f = OutboxRelay.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static void invoke(Object target, String method, Class<?> parameter, Object argument) throws Exception {
        Method m = OutboxRelay.class.getDeclaredMethod(method, parameter);
        m.setAccessible(true);
        m.invoke(target, argument);
    }
}
