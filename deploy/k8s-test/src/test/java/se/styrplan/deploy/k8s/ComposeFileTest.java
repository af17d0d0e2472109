package se.styrplan.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * deploy/compose/compose.yaml, which no machine here can run (no Docker engine): it parses, it starts the four
 * services with only variables they read, and it creates the devstack's topics with the same partition counts.
 */
class ComposeFileTest {

    private static final List<String> SERVICES = List.of("plan-service", "indicator-service", "reporting-service", "gateway");

    private final Path composeFile = Manifests.root().resolve("deploy/compose/compose.yaml");
    private final Map<String, Object> compose = Kustomize.documents(composeFile).get(0);

    @Test
    void eachServiceIsGivenOnlyVariablesItReads() throws IOException {
        Map<String, Object> services = Kustomize.map(compose.get("services"));
        for (String service : SERVICES) {
            Map<String, Object> environment = Kustomize.map(Manifests.at(services, service, "environment"));
            assertThat(environment).as(service).containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "OIDC_SERVER_URL");
            Set<String> read = ServiceVariables.read(service);
            assertThat(read).as(service + " is given variables it never reads").containsAll(environment.keySet());
            assertThat(String.valueOf(Manifests.at(services, service, "image"))).contains(service);
        }
        // only the gateway and Keycloak are published on the host
        assertThat(services.entrySet()).filteredOn(e -> Kustomize.map(e.getValue()).containsKey("ports"))
                .extracting(Map.Entry::getKey).containsExactlyInAnyOrder("gateway", "keycloak");
    }

    @Test
    void theTopicsAreTheDevstacksWithTheSamePartitionCounts() throws IOException {
        Properties devstack = new Properties();
        try (Reader reader = Files.newBufferedReader(Manifests.root()
                .resolve("deploy/devstack/src/main/resources/se/styrplan/devstack/topics.properties"))) {
            devstack.load(reader);
        }
        Map<String, String> expected = new TreeMap<>();
        devstack.forEach((topic, partitions) -> expected.put((String) topic, ((String) partitions).trim()));

        String script = String.valueOf(Kustomize.list(Manifests.at(compose, "services", "kafka-topics", "command")).get(0));
        Map<String, String> created = new TreeMap<>();
        Matcher m = Pattern.compile("(styrplan\\.[a-z.]+v1):(\\d+)").matcher(script);
        while (m.find()) {
            created.put(m.group(1), m.group(2));
        }
        assertThat(created).isEqualTo(expected);
    }
}
