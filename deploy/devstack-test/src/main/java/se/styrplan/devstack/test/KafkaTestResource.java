package se.styrplan.devstack.test;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The real Kafka broker of the {@link TestStack}, with the platform's topics already created. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestStack.get().kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by the whole build; its guard stops it with the Maven process
    }
}
