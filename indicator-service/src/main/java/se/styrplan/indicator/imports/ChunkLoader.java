package se.styrplan.indicator.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.agroal.api.AgroalDataSource;
import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.IndicatorRepository;
import se.styrplan.indicator.catalogue.IndicatorUnit;
import se.styrplan.indicator.measurement.Gender;
import se.styrplan.indicator.measurement.MeasurementEvents;
import se.styrplan.indicator.measurement.MeasurementSource;
import se.styrplan.indicator.measurement.MeasurementStatus;
import se.styrplan.indicator.measurement.ValueRules;
import se.styrplan.indicator.measurement.events.MeasurementsRecorded;
import se.styrplan.indicator.catalogue.events.IndicatorTopic;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.outbox.Outbox;
import se.styrplan.platform.tracing.EventTracing;
import se.styrplan.platform.tracing.TraceContext;

/**
 * Writes one chunk inside the caller's transaction: COPY into a temporary staging table, one set-based statement
 * (chunk-checks.sql followed by chunk-upsert.sql, or by chunk-insert.sql while a job meets only new keys) that checks,
 * refuses, keeps history and upserts, then one MeasurementsRecorded event per indicator
 * the chunk changed (split at {@link MeasurementEvents#MAX_VALUES_PER_EVENT} values) and one audit entry for the chunk.
 * The JDBC connection is the transaction's own, so the values, rejections, events, audit entry and the job's counts
 * commit together.
 */
@ApplicationScoped
class ChunkLoader {

    private static final Logger LOG = Logger.getLogger(ChunkLoader.class);

    static final String AUDIT_ACTION = "measurement.import";
    static final String AUDIT_ENTITY = "import_job";

    private static final String STAGING = "create temporary table if not exists import_staging (line bigint not null, "
            + "indicator_key text, indicator_id uuid, area_code text, period text, gender text, value numeric, status text, "
            + "problem text, raw text) on commit delete rows";
    private static final String COPY = "copy import_staging (line, indicator_key, indicator_id, area_code, period, gender, value, "
            + "status, problem, raw) from stdin";
    /**
     * For the chunk's transaction only: no JIT (compiling a statement this size costs more than it saves on a chunk),
     * and room to sort and hash a chunk in memory.
     */
    private static final String SETTINGS = "set local jit = off; set local work_mem = '64MB'";
    /**
     * For the general statement: probe measurement's primary key even while the table's statistics still say it is
     * small (they lag behind a large first import). The fast path touches no stored value, and its joins are best hashed.
     */
    private static final String PROBE_THE_PRIMARY_KEY = "set local enable_seqscan = off";
    private static final String CHECKS = resource("chunk-checks.sql");
    private static final String UPSERT = CHECKS + resource("chunk-upsert.sql");
    private static final String INSERT = CHECKS + resource("chunk-insert.sql");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndicatorRepository indicators;

    @Inject
    MeasurementEvents events;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<Outbox.OutboxWritten> outboxWritten;

    /** The request's trace, for the events built in SQL (the relay continues it on Kafka). */
    @Inject
    EventTracing tracing;

    /** The CloudEvents source of this service's events, as the platform's Outbox writes it. */
    @ConfigProperty(name = "styrplan.events.source")
    String eventSource;

    /** Who writes, and with what rights: the same for every chunk of a job. */
    record Writer(UUID jobId, String actor, boolean writesEveryDepartment, Set<String> departments, MeasurementSource source,
            AtomicBoolean newKeysOnly) {

        Writer(UUID jobId, String actor, boolean writesEveryDepartment, Set<String> departments, MeasurementSource source) {
            this(jobId, actor, writesEveryDepartment, departments, source, new AtomicBoolean(true));
        }
    }

    /** What a chunk did. */
    record Result(int received, int inserted, int updated, int unchanged, int rejected) {
    }

    /** Another request first recorded one of the chunk's new keys while it ran: the transaction must roll back. */
    static final class ConcurrentWrite extends RuntimeException {
        ConcurrentWrite() {
            super("another request recorded some of these values at the same time");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Result load(Writer writer, Chunk chunk, int number) throws SQLException {
        long started = System.nanoTime();
        long copied;
        long queried;
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        Written written;
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGING);
                statement.execute(SETTINGS);
            }
            copy(connection, chunk);
            copied = System.nanoTime();
            written = writer.newKeysOnly().get() ? insertNewKeys(connection, writer, now) : null;
            if (written == null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(PROBE_THE_PRIMARY_KEY);
                }
                written = run(connection, UPSERT, writer, now);
            }
            queried = System.nanoTime();
        }
        Map<Indicator, List<MeasurementsRecorded.Value>> changes = new LinkedHashMap<>();
        if (!written.changed().isEmpty()) {
            Map<UUID, Indicator> byId = new HashMap<>();
            indicators.list("id in ?1", written.changed().keySet()).forEach(i -> byId.put(i.id, i));
            written.changed().forEach((id, values) -> changes.put(byId.get(id), values));
        }
        events.imported(changes, writer.source(), writer.actor(), now, writer.jobId());
        int inserted = written.inserted();
        int updated = written.updated();
        int rejected = written.rejected();
        Result result = new Result(chunk.rows(), inserted, updated, chunk.rows() - rejected - inserted - updated, rejected);
        LOG.debugf("chunk %d of job %s: %d rows, copy %d ms, statement %d ms, %d events %d ms", number, writer.jobId(), chunk.rows(),
                (copied - started) / 1_000_000, (queried - copied) / 1_000_000, written.changed().size(),
                (System.nanoTime() - queried) / 1_000_000);
        if (inserted + updated == 0) {
            return result; // nothing changed: nothing to audit (the job and its rejections tell what was refused)
        }
        auditLog.record(AUDIT_ACTION, AUDIT_ENTITY, writer.jobId(), null, Map.of("chunk", number, "firstLine", chunk.firstLine(),
                "lastLine", chunk.lastLine(), "received", result.received(), "inserted", inserted, "updated", updated,
                "unchanged", result.unchanged(), "rejected", rejected));
        return result;
    }

    /**
     * The fast path, while a job's chunks hold only new keys: a plain insert under a savepoint. The first chunk that
     * meets a stored or repeated key rolls back to the savepoint and returns null, and the job's later chunks go
     * straight to the general statement (a re-import would otherwise pay for a failed insert on every chunk).
     */
    private Written insertNewKeys(Connection connection, Writer writer, OffsetDateTime now) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("savepoint new_keys_only");
        }
        try {
            Written written = insertAndPublish(connection, writer, now);
            try (Statement statement = connection.createStatement()) {
                statement.execute("release savepoint new_keys_only");
            }
            return written;
        } catch (ConcurrentWrite e) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("rollback to savepoint new_keys_only");
            }
            writer.newKeysOnly().set(false);
            return null;
        }
    }

    /** The fast path's statement: it writes the values, the rejections and the events; only counts come back. */
    private Written insertAndPublish(Connection connection, Writer writer, OffsetDateTime now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            bind(statement, connection, writer, now);
            statement.setString(10, IndicatorTopic.NAME);
            statement.setString(11, MeasurementsRecorded.TYPE);
            statement.setString(12, eventSource);
            statement.setInt(13, MeasurementEvents.MAX_VALUES_PER_EVENT);
            TraceContext trace = tracing.current();
            statement.setString(14, trace == null ? null : trace.traceparent());
            try (ResultSet counts = query(statement)) {
                counts.next();
                if (counts.getInt("events") > 0) {
                    outboxWritten.fire(new Outbox.OutboxWritten()); // the relay sends them after the commit
                }
                return new Written(counts.getInt("rejected"), counts.getInt("written"), 0, Map.of());
            }
        }
    }

    /** What a chunk's statement wrote: its counts and the changed values, by indicator, for the events. */
    private record Written(int rejected, int inserted, int updated, Map<UUID, List<MeasurementsRecorded.Value>> changed) {
    }

    private Written run(Connection connection, String sql, Writer writer, OffsetDateTime now) throws SQLException {
        Map<UUID, List<MeasurementsRecorded.Value>> changed = new LinkedHashMap<>();
        int inserted = 0;
        int updated = 0;
        int rejected;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, connection, writer, now);
            try (ResultSet rows = query(statement)) {
                rows.next();
                rejected = rows.getInt("rejected");
                if (rows.getInt("written") != rows.getInt("changed")) {
                    throw new ConcurrentWrite();
                }
                do {
                    UUID indicator = rows.getObject("indicator_id", UUID.class);
                    if (indicator == null) {
                        break; // no change at all: the one row carries only the counts
                    }
                    String previousStatus = rows.getString("old_status");
                    changed.computeIfAbsent(indicator, k -> new ArrayList<>()).add(new MeasurementsRecorded.Value(
                            rows.getString("area_code"), rows.getString("period"), Gender.valueOf(rows.getString("gender")),
                            rows.getBigDecimal("value"), status(rows.getString("status")), rows.getInt("revision"),
                            rows.getBigDecimal("old_value"), previousStatus == null ? null : status(previousStatus)));
                    if (previousStatus == null) {
                        inserted++;
                    } else {
                        updated++;
                    }
                } while (rows.next());
            }
        }
        return new Written(rejected, inserted, updated, changed);
    }

    /** Runs a chunk's statement; a new key that is stored already (or, concurrently, became so) is a {@link ConcurrentWrite}. */
    private static ResultSet query(PreparedStatement statement) throws SQLException {
        try {
            return statement.executeQuery();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("measurement_pkey")) {
                throw new ConcurrentWrite();
            }
            throw e;
        }
    }

    private static void copy(Connection connection, Chunk chunk) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            int step = 1 << 16;
            for (int from = 0; from < chunk.length(); from += step) {
                copy.writeToCopy(chunk.bytes(), from, Math.min(step, chunk.length() - from));
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void bind(PreparedStatement statement, Connection connection, Writer writer, OffsetDateTime now) throws SQLException {
        statement.setObject(1, writer.jobId());
        statement.setString(2, writer.actor());
        statement.setObject(3, now);
        statement.setString(4, writer.source().code());
        statement.setBoolean(5, writer.writesEveryDepartment());
        statement.setArray(6, connection.createArrayOf("text", writer.departments().toArray()));
        List<String> units = new ArrayList<>();
        List<BigDecimal> lows = new ArrayList<>();
        List<BigDecimal> highs = new ArrayList<>();
        for (IndicatorUnit unit : IndicatorUnit.values()) {
            BigDecimal[] range = ValueRules.rangeOf(unit);
            if (range != null) {
                units.add(unit.code());
                lows.add(range[0]);
                highs.add(range[1]);
            }
        }
        statement.setArray(7, connection.createArrayOf("text", units.toArray()));
        statement.setArray(8, connection.createArrayOf("numeric", lows.toArray()));
        statement.setArray(9, connection.createArrayOf("numeric", highs.toArray()));
    }

    private static MeasurementStatus status(String code) {
        return Coded.fromCode(MeasurementStatus.class, code);
    }

    private static String resource(String name) {
        try (InputStream in = ChunkLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
