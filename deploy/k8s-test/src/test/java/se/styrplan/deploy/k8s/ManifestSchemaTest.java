package se.styrplan.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object of every rendered installation is valid against the Kubernetes API schema. */
class ManifestSchemaTest {

    static List<Path> installations() {
        return Manifests.installations();
    }

    @ParameterizedTest
    @MethodSource("installations")
    void everyObjectIsValid(Path installation) {
        List<Map<String, Object>> objects = Kustomize.render(installation);
        assertThat(objects).hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            KubernetesSchemas.problems(object).forEach(p -> problems.add(Manifests.id(object) + ": " + p));
        }
        assertThat(problems).as("schema problems in " + installation).isEmpty();
    }

    @Test
    void aMisspelledFieldIsRefused() {
        Map<String, Object> deployment = Manifests.find(Manifests.production(), "Deployment", "plan-service");
        Map<String, Object> container = Kustomize.containers(deployment).get(0);
        container.put("readinessprobe", container.remove("readinessProbe"));

        assertThat(KubernetesSchemas.problems(deployment))
                .singleElement().asString().contains("readinessprobe").contains("V1Container");
    }

    @Test
    void aWrongTypeIsRefused() {
        Map<String, Object> deployment = Manifests.find(Manifests.production(), "Deployment", "reporting-service");
        Kustomize.map(deployment.get("spec")).put("replicas", "two");

        assertThat(KubernetesSchemas.problems(deployment)).isNotEmpty();
    }

    @Test
    void aMissingRequiredFieldIsRefused() {
        Map<String, Object> autoscaler = Manifests.find(Manifests.production(), "HorizontalPodAutoscaler", "gateway");
        Kustomize.map(autoscaler.get("spec")).remove("maxReplicas");

        assertThat(KubernetesSchemas.problems(autoscaler)).singleElement().asString().contains("maxReplicas");
    }

    @Test
    void anUnknownApiVersionIsRefused() {
        Map<String, Object> autoscaler = Manifests.find(Manifests.production(), "HorizontalPodAutoscaler", "gateway");
        autoscaler.put("apiVersion", "autoscaling/v2beta2");

        assertThat(KubernetesSchemas.problems(autoscaler)).singleElement().asString().contains("no schema");
    }

    @Test
    void aKafkaTopicWithAWrongFieldIsRefused() {
        Map<String, Object> topic = Manifests.find(Manifests.production(), "KafkaTopic", "styrplan.plan.v1");
        Kustomize.map(topic.get("spec")).put("partitions", 0);
        Kustomize.map(topic.get("spec")).put("partition", 3);

        assertThat(KubernetesSchemas.problems(topic)).hasSize(2);
    }

    @Test
    void anAlertRuleWithAMisspelledFieldIsRefused() {
        Map<String, Object> rules = Manifests.find(Manifests.production(), "PrometheusRule", "styrplan");
        Map<String, Object> rule = Kustomize.map(Kustomize.list(Kustomize.map(Kustomize.list(
                Manifests.at(rules, "spec", "groups")).get(0)).get("rules")).get(0));
        rule.put("expression", rule.remove("expr"));

        assertThat(KubernetesSchemas.problems(rules)).isNotEmpty()
                .anySatisfy(p -> assertThat(p).contains("expr"));
    }

    @Test
    void aPatchWhoseTargetIsMissingFailsTheRendering(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                patches:
                  - path: patch.yaml
                """);
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {x: '1'}\n");
        Files.writeString(dir.resolve("patch.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata: {x: '2'}\n");

        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("ConfigMap/b not found");
    }

    @Test
    void aKustomizationFieldTheRendererDoesNotKnowFailsTheRendering(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\ncommonLabels: {a: b}\n");

        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("commonLabels");
    }
}
