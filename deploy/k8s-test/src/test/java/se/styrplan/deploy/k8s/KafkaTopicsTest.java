package se.styrplan.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The Strimzi topics are the devstack's topics, with the same partition counts (the unit of consumer scale-out). */
class KafkaTopicsTest {

    @Test
    void topicsAndPartitionsMatchTheDevstack() throws IOException {
        Properties devstack = new Properties();
        try (Reader reader = Files.newBufferedReader(Manifests.root()
                .resolve("deploy/devstack/src/main/resources/se/styrplan/devstack/topics.properties"))) {
            devstack.load(reader);
        }
        Map<String, Integer> expected = new TreeMap<>();
        devstack.forEach((topic, partitions) -> expected.put((String) topic, Integer.valueOf(((String) partitions).trim())));

        Map<String, Integer> declared = new TreeMap<>();
        for (Map<String, Object> topic : Manifests.ofKind(Manifests.production(), "KafkaTopic")) {
            declared.put((String) Manifests.at(topic, "spec", "topicName"), (Integer) Manifests.at(topic, "spec", "partitions"));
        }

        assertThat(declared).isEqualTo(expected);
    }

    @Test
    void reportingServiceNeverScalesBeyondThePartitionsItConsumes() {
        var objects = Manifests.production();
        int mostPartitions = Manifests.ofKind(objects, "KafkaTopic").stream()
                .filter(t -> List.of("styrplan.plan.v1", "styrplan.indicator.v1").contains(Manifests.at(t, "spec", "topicName")))
                .mapToInt(t -> (Integer) Manifests.at(t, "spec", "partitions")).max().orElseThrow();
        Object maxReplicas = Manifests.at(Manifests.find(objects, "HorizontalPodAutoscaler", "reporting-service"), "spec", "maxReplicas");

        // a replica beyond the partition count of its busiest topic would get no partition of it and sit idle
        assertThat((Integer) maxReplicas).isLessThanOrEqualTo(mostPartitions);
    }
}
