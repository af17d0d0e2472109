package se.styrplan.deploy.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The rendered installations under deploy/k8s: the base and every overlay. */
final class Manifests {

    private Manifests() {
    }

    static Path root() {
        String configured = System.getProperty("styrplan.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/k8s/base"))) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find the repository root: set -Dstyrplan.root.");
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    /** deploy/k8s/base and each folder under deploy/k8s/overlays. */
    static List<Path> installations() {
        try (Stream<Path> overlays = Files.list(k8s().resolve("overlays"))) {
            return Stream.concat(Stream.of(k8s().resolve("base")), overlays.filter(Files::isDirectory).sorted()).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, Object>> production() {
        return Kustomize.render(k8s().resolve("overlays/production"));
    }

    static String name(Map<String, Object> object) {
        return (String) Kustomize.metadata(object).get("name");
    }

    static String id(Map<String, Object> object) {
        return object.get("kind") + "/" + name(object);
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    /** Walks nested mappings: at(object, "spec", "template", "spec"). */
    static Object at(Object object, String... path) {
        Object current = object;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }
}
