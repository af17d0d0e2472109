package se.styrplan.deploy.k8s;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.kubernetes.client.openapi.JSON;

/**
 * Checks one Kubernetes object against the API's schema, offline.
 *
 * <p>Built-in kinds: the official Kubernetes Java client ({@code io.kubernetes:client-java-api}) is generated
 * from the Kubernetes OpenAPI document, one model class per {@code group/version/kind}, each with a validator of
 * that schema: required fields, fields the schema does not define (a typo such as {@code readinessprobe}), and
 * the JSON type of every field. A kind/version the client does not know (say {@code autoscaling/v3}) is an
 * error too. Custom resources (Strimzi's KafkaTopic) are checked against the JSON schema of their CRD in
 * {@code src/test/resources/schemas} (Strimzi KafkaTopic; the Prometheus operator's ServiceMonitor and PrometheusRule).
 */
final class KubernetesSchemas {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final Set<String> CUSTOM_GROUPS = Set.of("kafka.strimzi.io", "monitoring.coreos.com");

    private KubernetesSchemas() {
    }

    /** What is wrong with the object; empty when it is valid. */
    static List<String> problems(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String kind = String.valueOf(object.get("kind"));
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String json;
        try {
            json = JACKSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            return List.of("cannot serialise: " + e.getMessage());
        }
        return CUSTOM_GROUPS.contains(group) ? customResource(group, version, kind, json) : builtIn(version, kind, json);
    }

    private static List<String> builtIn(String version, String kind, String json) {
        // V1Deployment, V2HorizontalPodAutoscaler, V1beta1... : the client's naming of group-less model classes
        String className = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
                + version.substring(1) + kind;
        Class<?> model;
        try {
            model = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return List.of("no schema for " + kind + " in version " + version + " (Kubernetes 1.32 has no " + className + ")");
        }
        try {
            JsonElement element = JsonParser.parseString(json);
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, element);
            // the client's type adapters read every field with its declared type: a string where a number belongs fails here
            JSON.deserialize(json, model);
            return List.of();
        } catch (InvocationTargetException e) {
            return List.of(e.getCause().getClass().getSimpleName() + ": " + shorten(e.getCause().getMessage()));
        } catch (RuntimeException | ReflectiveOperationException e) {
            return List.of(e.getClass().getSimpleName() + ": " + shorten(e.getMessage()));
        }
    }

    private static List<String> customResource(String group, String version, String kind, String json) {
        String resource = "/schemas/" + group + "_" + version + "_" + kind.toLowerCase() + ".json";
        try (InputStream in = KubernetesSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of("no schema for " + group + "/" + version + " " + kind + " (expected " + resource + ")");
            }
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            JsonNode node = JACKSON.readTree(json);
            List<String> problems = new ArrayList<>();
            for (ValidationMessage message : schema.validate(node)) {
                problems.add(message.getMessage());
            }
            return problems;
        } catch (Exception e) {
            return List.of("cannot validate " + kind + ": " + e.getMessage());
        }
    }

    /** The client quotes the whole object after its message: keep the message. */
    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        int json = message.indexOf(" JSON: ");
        return json > 0 ? message.substring(0, json) : message;
    }
}
