package se.styrplan.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.deploy.k8s.Manifests.at;
import static se.styrplan.deploy.k8s.Manifests.find;
import static se.styrplan.deploy.k8s.Manifests.name;
import static se.styrplan.deploy.k8s.Manifests.ofKind;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What the production installation must do beyond being valid: the rules of issue #9 and of docs/deployment.md. */
class ManifestRulesTest {

    private static final List<String> SERVICES = List.of("plan-service", "indicator-service", "reporting-service", "gateway");

    private final List<Map<String, Object>> objects = Manifests.production();

    @Test
    void eachServiceHasItsDeploymentServiceAutoscalerAndDisruptionBudget() {
        assertThat(ofKind(objects, "Deployment")).extracting(Manifests::name).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String service : SERVICES) {
            Map<String, Object> deployment = find(objects, "Deployment", service);
            Object podLabels = at(deployment, "spec", "template", "metadata", "labels");
            assertThat(at(find(objects, "Service", service), "spec", "selector")).as(service).isInstanceOfSatisfying(Map.class,
                    selector -> assertThat((Map<?, ?>) podLabels).containsAllEntriesOf(selector));
            assertThat(at(find(objects, "PodDisruptionBudget", service), "spec", "selector", "matchLabels"))
                    .isInstanceOfSatisfying(Map.class, selector -> assertThat((Map<?, ?>) podLabels).containsAllEntriesOf(selector));
            Map<String, Object> autoscaler = find(objects, "HorizontalPodAutoscaler", service);
            assertThat(at(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo(service);
            int minReplicas = (Integer) at(autoscaler, "spec", "minReplicas");
            int minAvailable = (Integer) at(find(objects, "PodDisruptionBudget", service), "spec", "minAvailable");
            assertThat(minAvailable).as(service + ": a drain must be able to evict one pod").isLessThan(minReplicas);
        }
    }

    @Test
    void everyContainerHasTheThreeProbesOnQuarkusHealthAndResourceLimits() {
        for (Map<String, Object> deployment : ofKind(objects, "Deployment")) {
            for (Map<String, Object> container : Kustomize.containers(deployment)) {
                String where = name(deployment);
                assertThat(at(container, "startupProbe", "httpGet", "path")).as(where).isEqualTo("/q/health/started");
                assertThat(at(container, "readinessProbe", "httpGet", "path")).as(where).isEqualTo("/q/health/ready");
                assertThat(at(container, "livenessProbe", "httpGet", "path")).as(where).isEqualTo("/q/health/live");
                for (String bound : List.of("requests", "limits")) {
                    assertThat(at(container, "resources", bound, "cpu")).as(where + " cpu " + bound).isNotNull();
                    assertThat(at(container, "resources", bound, "memory")).as(where + " memory " + bound).isNotNull();
                }
                assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).as(where).isEqualTo(true);
                assertThat(at(container, "image")).as(where).asString().startsWith("registry.example.se/styrplan/" + where + ":");
            }
        }
    }

    @Test
    void everyEnvironmentVariableGivenToAServiceIsOneItReads() throws IOException {
        for (String service : SERVICES) {
            Set<String> read = ServiceVariables.read(service);
            Map<String, Object> container = Kustomize.containers(find(objects, "Deployment", service)).get(0);
            for (Object source : Kustomize.list(container.get("envFrom"))) {
                String kind = at(source, "configMapRef") != null ? "ConfigMap" : "Secret";
                String ref = (String) at(source, kind.equals("ConfigMap") ? "configMapRef" : "secretRef", "name");
                Map<String, Object> object = find(objects, kind, ref);
                Object data = object.containsKey("data") ? object.get("data") : object.get("stringData");
                for (Object key : Kustomize.map(data).keySet()) {
                    assertThat(read).as(service + " is given " + key + " by " + kind + "/" + ref + " but never reads it")
                            .contains((String) key);
                }
            }
        }
    }

    @Test
    void secretsHoldOnlyPlaceholders() {
        for (Map<String, Object> secret : ofKind(objects, "Secret")) {
            assertThat(Kustomize.map(secret.get("stringData")).values()).as(name(secret))
                    .allSatisfy(value -> assertThat(value).asString().startsWith("CHANGE-ME"));
            assertThat(secret).doesNotContainKey("data");
        }
    }

    @Test
    void onlyTheGatewayIsReachableFromOutside() {
        assertThat(ofKind(objects, "Ingress")).hasSize(1);
        List<Object> backends = Kustomize.list(at(ofKind(objects, "Ingress").get(0), "spec", "rules")).stream()
                .flatMap(rule -> Kustomize.list(at(rule, "http", "paths")).stream())
                .map(path -> at(path, "backend", "service", "name")).toList();
        assertThat(backends).containsOnly("gateway");
        assertThat(ofKind(objects, "Service")).allSatisfy(service ->
                assertThat(at(service, "spec", "type")).isIn(null, "ClusterIP", "ExternalName"));
        Map<String, Object> denyAll = find(objects, "NetworkPolicy", "default-deny");
        assertThat(at(denyAll, "spec", "podSelector")).isEqualTo(Map.of());
        assertThat(Kustomize.list(at(denyAll, "spec", "policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
        // the only policy admitting traffic from another namespace than monitoring's is the gateway's
        for (Map<String, Object> policy : ofKind(objects, "NetworkPolicy")) {
            for (Object rule : Kustomize.list(at(policy, "spec", "ingress"))) {
                for (Object peer : Kustomize.list(at(rule, "from"))) {
                    Object namespace = at(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name");
                    if (namespace != null && !"monitoring".equals(namespace)) {
                        assertThat(at(policy, "spec", "podSelector", "matchLabels", "app.kubernetes.io/name"))
                                .as(name(policy)).isEqualTo("gateway");
                    }
                }
            }
        }
    }

    @Test
    void theGatewaysProbesAndMetricsAreOnItsManagementPortWhichOnlyPrometheusReaches() {
        Map<String, Object> container = Kustomize.containers(find(objects, "Deployment", "gateway")).get(0);
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(at(container, probe, "httpGet", "port")).as(probe).isEqualTo("management");
        }
        assertThat(Kustomize.list(at(container, "ports"))).anySatisfy(port -> {
            assertThat(at(port, "name")).isEqualTo("management");
            assertThat(at(port, "containerPort")).isEqualTo(9000);
        });
        // the Ingress reaches the gateway's http port only
        assertThat(Kustomize.list(at(ofKind(objects, "Ingress").get(0), "spec", "rules")).stream()
                .flatMap(rule -> Kustomize.list(at(rule, "http", "paths")).stream())
                .map(path -> at(path, "backend", "service", "port", "name"))).containsOnly("http");
        // Prometheus scrapes the gateway there, and the services on their http port
        Map<String, Object> gatewayMonitor = find(objects, "ServiceMonitor", "styrplan-gateway");
        assertThat(at(Kustomize.list(at(gatewayMonitor, "spec", "endpoints")).get(0), "port")).isEqualTo("management");
        assertThat(at(find(objects, "ServiceMonitor", "styrplan"), "spec", "selector", "matchLabels", "styrplan.se/tier"))
                .isEqualTo("service");
    }

    @Test
    void theProductionOverlayAppliesItsPatches() {
        assertThat(ofKind(objects, "Namespace")).extracting(Manifests::name).containsExactly("styrplan");
        assertThat(objects).filteredOn(o -> !"Namespace".equals(o.get("kind")))
                .allSatisfy(o -> assertThat(at(o, "metadata", "namespace")).as(Manifests.id(o)).isEqualTo("styrplan"));
        assertThat(at(find(objects, "Deployment", "gateway"), "spec", "replicas")).isEqualTo(3);
        assertThat(at(find(objects, "Deployment", "plan-service"), "spec", "replicas")).isEqualTo(2);
        assertThat(at(find(objects, "Service", "styrplan-postgres"), "spec", "externalName"))
                .isEqualTo("pg-styrplan.db.kommun.example.se");
        // the patch replaced the egress rules whole (no merge key), so the placeholder address is gone
        assertThat(String.valueOf(at(find(objects, "NetworkPolicy", "to-postgres-kafka-keycloak"), "spec", "egress")))
                .contains("10.20.30.0/28").doesNotContain("192.0.2.10");
    }
}
