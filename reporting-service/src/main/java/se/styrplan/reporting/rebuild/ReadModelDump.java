package se.styrplan.reporting.rebuild;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The read model in a canonical form: every row of every table built from events as JSON (jsonb orders the keys),
 * without the times at which rows were written, sorted. Two read models built from the same events dump equal.
 */
@ApplicationScoped
public class ReadModelDump {

    /** Table → the canonical rows query; {@code :all} or the id filters pick the rows. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("adopted_plan", "select (to_jsonb(t) - 'updated_at')::text from adopted_plan t where :all or t.plan_id in (:plans)");
        TABLES.put("report_goal", "select (to_jsonb(t) - 'status_computed_at')::text from report_goal t where :all or t.plan_id in (:plans)");
        TABLES.put("report_goal_indicator", "select to_jsonb(t)::text from report_goal_indicator t join report_goal g using (goal_id) "
                + "where :all or g.plan_id in (:plans)");
        TABLES.put("indicator", "select (to_jsonb(t) - 'updated_at')::text from indicator t where :all or t.indicator_id in (:indicators)");
        TABLES.put("measurement", "select (to_jsonb(t) - 'updated_at')::text from measurement t where :all or t.indicator_id in (:indicators)");
        TABLES.put("indicator_target", "select (to_jsonb(t) - 'updated_at')::text from indicator_target t "
                + "where :all or t.indicator_id in (:indicators)");
        TABLES.put("indicator_status", "select (to_jsonb(t) - 'computed_at')::text from indicator_status t "
                + "where :all or t.indicator_id in (:indicators)");
    }

    @Inject
    EntityManager em;

    /** Every table's rows, or only those of these plans and indicators when given. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, List<String>> rows(Set<UUID> plans, Set<UUID> indicators) {
        boolean all = plans == null && indicators == null;
        // an empty "in ()" is not SQL: a random id matches nothing
        List<UUID> planIds = plans == null || plans.isEmpty() ? List.of(UUID.randomUUID()) : List.copyOf(plans);
        List<UUID> indicatorIds = indicators == null || indicators.isEmpty() ? List.of(UUID.randomUUID()) : List.copyOf(indicators);
        Map<String, List<String>> dump = new LinkedHashMap<>();
        TABLES.forEach((table, sql) -> {
            var query = em.createNativeQuery(sql + " order by 1").setParameter("all", all);
            if (sql.contains(":plans")) {
                query.setParameter("plans", planIds);
            }
            if (sql.contains(":indicators")) {
                query.setParameter("indicators", indicatorIds);
            }
            dump.put(table, new ArrayList<>((List<String>) query.getResultList()));
        });
        return dump;
    }

    /** Per table: its row count and the SHA-256 of its canonical rows. */
    public Map<String, TableDigest> digest() {
        Map<String, TableDigest> digest = new LinkedHashMap<>();
        rows(null, null).forEach((table, rows) -> digest.put(table, new TableDigest(rows.size(), sha256(rows))));
        return digest;
    }

    public record TableDigest(int rows, String sha256) {
    }

    private static String sha256(List<String> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> sha.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
