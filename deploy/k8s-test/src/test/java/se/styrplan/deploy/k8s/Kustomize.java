package se.styrplan.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders a Kustomize folder the way {@code kubectl kustomize} does, for the subset deploy/k8s uses:
 * {@code resources} (files and folders), {@code namespace}, {@code images} and {@code patches} given by
 * {@code path} (strategic merge, matched by kind and name). Any other field is refused, so the manifests cannot
 * come to depend on something this renderer would silently skip; there is no kustomize binary on the build
 * machines to check against.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");
    /** Kinds without a namespace among those the manifests use. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass");

    private Kustomize() {
    }

    static List<Map<String, Object>> render(Path folder) {
        Map<String, Object> kustomization = single(folder.resolve("kustomization.yaml"));
        for (String key : kustomization.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new IllegalArgumentException(folder + "/kustomization.yaml: field '" + key + "' is not supported by this renderer");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object entry : list(kustomization.get("resources"))) {
            Path path = folder.resolve((String) entry).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                objects.addAll(documents(path));
            }
        }
        for (Object entry : list(kustomization.get("patches"))) {
            Map<String, Object> patch = map(entry);
            if (!patch.keySet().equals(Set.of("path"))) {
                throw new IllegalArgumentException(folder + ": only patches given by 'path' are supported: " + patch);
            }
            for (Map<String, Object> document : documents(folder.resolve((String) patch.get("path")))) {
                StrategicMerge.merge(target(objects, document, folder), document);
            }
        }
        for (Object entry : list(kustomization.get("images"))) {
            setImage(objects, map(entry));
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(o.get("kind")))
                    .forEach(o -> metadata(o).put("namespace", namespace));
        }
        return objects;
    }

    /** Every YAML document of a file, in order; empty documents skipped. */
    static List<Map<String, Object>> documents(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> metadata(Map<String, Object> object) {
        return map(object.computeIfAbsent("metadata", k -> new LinkedHashMap<>()));
    }

    private static Map<String, Object> single(Path file) {
        List<Map<String, Object>> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + " must hold exactly one document");
        }
        return documents.get(0);
    }

    /** The object a patch applies to; kustomize fails when there is none, and so does this. */
    private static Map<String, Object> target(List<Map<String, Object>> objects, Map<String, Object> patch, Path folder) {
        Object kind = patch.get("kind");
        Object name = metadata(patch).get("name");
        return objects.stream()
                .filter(o -> kind.equals(o.get("kind")) && name.equals(metadata(o).get("name")))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(folder + ": patch target " + kind + "/" + name + " not found"));
    }

    private static void setImage(List<Map<String, Object>> objects, Map<String, Object> image) {
        String name = (String) image.get("name");
        for (Map<String, Object> object : objects) {
            for (Map<String, Object> container : containers(object)) {
                String current = (String) container.get("image");
                String currentName = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                if (currentName.equals(name)) {
                    String newName = (String) image.getOrDefault("newName", currentName);
                    String tag = image.containsKey("newTag") ? ":" + image.get("newTag")
                            : current.substring(currentName.length());
                    container.put("image", newName + tag);
                }
            }
        }
    }

    /** The containers of a workload's pod template (Deployments and the like); none for other kinds. */
    static List<Map<String, Object>> containers(Map<String, Object> object) {
        Object spec = object.get("spec");
        if (!(spec instanceof Map<?, ?> s) || !(s.get("template") instanceof Map<?, ?> template)
                || !(template.get("spec") instanceof Map<?, ?> podSpec)) {
            return List.of();
        }
        List<Map<String, Object>> containers = new ArrayList<>();
        for (String key : List.of("initContainers", "containers")) {
            list(podSpec.get(key)).forEach(c -> containers.add(map(c)));
        }
        return containers;
    }

    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("expected a list, got " + value);
        }
        @SuppressWarnings("unchecked")
        List<Object> cast = (List<Object>) list;
        return cast;
    }

    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("expected a mapping, got " + value);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> cast = (Map<String, Object>) map;
        return cast;
    }
}
