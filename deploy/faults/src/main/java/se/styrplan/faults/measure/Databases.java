package se.styrplan.faults.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import se.styrplan.faults.platform.FaultPlatform;

/** What the services' own databases hold, read as each service's login role. */
public final class Databases {

    /**
     * Per indicator: its rows and the sum of a hash of each row's key, value (by number: 4.50 = 4.5), status and
     * revision. Equal between indicator-service and the read model exactly when they hold the same values (up to hash
     * collisions, which would have to cancel out in the sum).
     */
    static final String FINGERPRINTS = """
            select indicator_id::text, count(*), coalesce(sum(('x' || substr(md5(area_code || '|' || period || '|' || gender || '|'
                   || coalesce(trim_scale(value)::text, '-') || '|' || status || '|' || revision), 1, 15))::bit(60)::bigint), 0)::text
            from measurement group by indicator_id
            """;

    public record Fingerprint(long rows, String hashSum) {
    }

    private final FaultPlatform platform;

    public Databases(FaultPlatform platform) {
        this.platform = platform;
    }

    /** Rows left in each service's outbox (a service without an outbox table is left out). */
    public Map<String, Long> outboxRows() throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        for (String service : FaultPlatform.SERVICES) {
            try (Connection c = platform.db(service); Statement s = c.createStatement()) {
                try (ResultSet exists = s.executeQuery("select to_regclass('public.outbox_event') is not null")) {
                    exists.next();
                    if (!exists.getBoolean(1)) {
                        continue;
                    }
                }
                rows.put(service, count(s, "select count(*) from outbox_event"));
            }
        }
        return rows;
    }

    /** The event ids in reporting-service's ledger. */
    public Set<String> ledger() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = platform.db("reporting-service"); Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("select event_id from processed_event")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            c.commit();
        }
        return ids;
    }

    public long ledgerRows() throws SQLException {
        try (Connection c = platform.db("reporting-service"); Statement s = c.createStatement()) {
            return count(s, "select count(*) from processed_event");
        }
    }

    public long measurements(String service) throws SQLException {
        try (Connection c = platform.db(service); Statement s = c.createStatement()) {
            return count(s, "select count(*) from measurement");
        }
    }

    /** Values indicator-service holds from bulk imports: each bulk value of a run is a key of its own. */
    public long bulkValues() throws SQLException {
        try (Connection c = platform.db("indicator-service"); Statement s = c.createStatement()) {
            return count(s, "select count(*) from measurement where source = 'bulk'");
        }
    }

    /** Whether indicator-service holds this value (area, year, gender T) with this number and status. */
    public boolean holds(java.util.UUID indicator, String area, String period, java.math.BigDecimal value, String status)
            throws SQLException {
        try (Connection c = platform.db("indicator-service"); PreparedStatement s = c.prepareStatement(
                "select value, status from measurement where indicator_id = ? and area_code = ? and period = ? and gender = 'T'")) {
            s.setObject(1, indicator);
            s.setString(2, area);
            s.setString(3, period);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && status.equals(rs.getString(2)) && rs.getBigDecimal(1) != null
                        && rs.getBigDecimal(1).compareTo(value) == 0;
            }
        }
    }

    public Map<String, Fingerprint> fingerprints(String service) throws SQLException {
        Map<String, Fingerprint> prints = new HashMap<>();
        try (Connection c = platform.db(service); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(FINGERPRINTS)) {
            while (rs.next()) {
                prints.put(rs.getString(1), new Fingerprint(rs.getLong(2), rs.getString(3)));
            }
        }
        return prints;
    }

    /** Indicators whose values differ between the two (present in one only, or another fingerprint). */
    public static long differing(Map<String, Fingerprint> source, Map<String, Fingerprint> readModel) {
        Set<String> all = new HashSet<>(source.keySet());
        all.addAll(readModel.keySet());
        return all.stream().filter(id -> !Objects.equals(source.get(id), readModel.get(id))).count();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
