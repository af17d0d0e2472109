package se.styrplan.deploy.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kubernetes' strategic merge patch for the shapes the manifests use: mappings merge key by key, a null deletes
 * a key, lists of named items (containers, env, volumes, ports) merge by {@code name}, and every other list is
 * replaced whole (as Kubernetes does for lists without a merge key, e.g. a NetworkPolicy's rules).
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            String key = entry.getKey();
            Object patched = entry.getValue();
            Object current = target.get(key);
            if (patched == null) {
                target.remove(key);
            } else if (current instanceof Map<?, ?> && patched instanceof Map<?, ?>) {
                merge(Kustomize.map(current), Kustomize.map(patched));
            } else if (current instanceof List<?> && patched instanceof List<?> && named(current) && named(patched)) {
                target.put(key, mergeByName(Kustomize.list(current), Kustomize.list(patched)));
            } else {
                target.put(key, patched);
            }
        }
    }

    private static boolean named(Object list) {
        return !((List<?>) list).isEmpty()
                && ((List<?>) list).stream().allMatch(item -> item instanceof Map<?, ?> m && m.get("name") != null);
    }

    private static List<Object> mergeByName(List<Object> current, List<Object> patch) {
        List<Object> merged = new ArrayList<>(current);
        for (Object item : patch) {
            Map<String, Object> patchItem = Kustomize.map(item);
            Map<String, Object> existing = merged.stream().map(Kustomize::map)
                    .filter(m -> Objects.equals(m.get("name"), patchItem.get("name")))
                    .findFirst().orElse(null);
            if (existing == null) {
                merged.add(patchItem);
            } else {
                merge(existing, patchItem);
            }
        }
        return merged;
    }
}
