package se.styrplan.indicator.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.agroal.api.AgroalDataSource;
import se.styrplan.indicator.area.AreaRepository;
import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.IndicatorRepository;
import se.styrplan.indicator.measurement.Gender;
import se.styrplan.indicator.measurement.MeasurementEvents;
import se.styrplan.indicator.measurement.MeasurementSource;
import se.styrplan.indicator.measurement.MeasurementStatus;
import se.styrplan.indicator.measurement.events.MeasurementsRecorded;
import se.styrplan.platform.audit.AuditLog;

/**
 * Writes one chunk inside the caller's transaction. The rows' indicators and areas are read first
 * ({@link ChunkCatalogue}), which settles each row's reason to be refused. While a job meets only new keys, the good
 * rows are COPYed straight into measurement under a savepoint, in binary ({@link CopyBinary}); otherwise, or when that COPY meets
 * a stored key, the rows go through a temporary staging table and chunk-upsert.sql, which keeps history and leaves
 * unchanged values alone. Then one MeasurementsRecorded event per indicator the chunk changed (split at
 * {@link MeasurementEvents#MAX_VALUES_PER_EVENT} values) and one audit entry for the chunk. The JDBC connection is the
 * transaction's own, so the values, rejections, events, audit entry and the job's counts commit together.
 */
@ApplicationScoped
class ChunkLoader {

    private static final Logger LOG = Logger.getLogger(ChunkLoader.class);

    static final String AUDIT_ACTION = "measurement.import";
    static final String AUDIT_ENTITY = "import_job";

    private static final String STAGING = "create temporary table if not exists import_staging (line bigint not null, "
            + "indicator_id uuid, area_code text, period text, gender text, value numeric, status text, problem text, raw text) "
            + "on commit delete rows";
    private static final String COPY_STAGING = "copy import_staging (line, indicator_id, area_code, period, gender, value, status, "
            + "problem, raw) from stdin";
    private static final String COPY_MEASUREMENTS = "copy measurement (indicator_id, area_code, gender, period, value, status, "
            + "source, recorded_by, recorded_at, import_job_id, revision) from stdin (format binary)";
    private static final int MEASUREMENT_COLUMNS = 11;
    private static final String INSERT_REJECTION = "insert into import_rejection (job_id, line, reason, raw) values (?, ?, ?, ?)";
    /**
     * For the chunk's transaction only: no JIT (compiling a statement this size costs more than it saves on a chunk),
     * room to sort and hash a chunk in memory, and a probe of measurement's primary key even while the table's
     * statistics still say it is small (they lag behind a large first import).
     */
    private static final String SETTINGS = "set local jit = off; set local work_mem = '64MB'; set local enable_seqscan = off";
    private static final String UPSERT = resource("chunk-upsert.sql");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndicatorRepository indicators;

    @Inject
    AreaRepository areas;

    @Inject
    MeasurementEvents events;

    @Inject
    AuditLog auditLog;

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

    /** What a chunk wrote: its counts and the changed values, by indicator, for the events. */
    private record Written(int rejected, int inserted, int updated, Map<UUID, List<MeasurementsRecorded.Value>> changed) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Result load(Writer writer, Chunk chunk, int number) throws SQLException {
        long started = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        ChunkCatalogue catalogue = ChunkCatalogue.read(chunk, writer, indicators, areas);
        Reasons reasons = Reasons.of(chunk, catalogue);
        long checked = System.nanoTime();
        Written written;
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(SETTINGS);
            }
            written = writer.newKeysOnly().get() ? insertNewKeys(connection, writer, chunk, reasons, catalogue, now) : null;
            if (written == null) {
                written = upsert(connection, writer, chunk, reasons, catalogue, now);
            }
        }
        long stored = System.nanoTime();
        Map<Indicator, List<MeasurementsRecorded.Value>> changes = new LinkedHashMap<>();
        written.changed().forEach((id, values) -> changes.put(catalogue.indicator(id), values));
        events.imported(changes, writer.source(), writer.actor(), now, writer.jobId());
        int inserted = written.inserted();
        int updated = written.updated();
        int rejected = written.rejected();
        Result result = new Result(chunk.rows(), inserted, updated, chunk.rows() - rejected - inserted - updated, rejected);
        LOG.debugf("chunk %d of job %s: %d rows, checks %d ms, stored %d ms, events of %d indicators %d ms", number, writer.jobId(),
                chunk.rows(), (checked - started) / 1_000_000, (stored - checked) / 1_000_000, written.changed().size(),
                (System.nanoTime() - stored) / 1_000_000);
        if (inserted + updated == 0) {
            return result; // nothing changed: nothing to audit (the job and its rejections tell what was refused)
        }
        auditLog.record(AUDIT_ACTION, AUDIT_ENTITY, writer.jobId(), null, Map.of("chunk", number, "firstLine", chunk.firstLine(),
                "lastLine", chunk.lastLine(), "received", result.received(), "inserted", inserted, "updated", updated,
                "unchanged", result.unchanged(), "rejected", rejected));
        return result;
    }

    /** Why each row of a chunk is refused (null: it may be written), the packed rows' and the others'. */
    private record Reasons(String[] packed, String[] others, int refused) {

        static Reasons of(Chunk chunk, ChunkCatalogue catalogue) {
            String[] packed = new String[chunk.packed()];
            String[] others = new String[chunk.others().size()];
            int refused = 0;
            UUID id = null;
            for (int i = 0; i < packed.length; i++) {
                id = chunk.indicatorId(i, id);
                packed[i] = catalogue.reason(chunk, i, id);
                refused += packed[i] == null ? 0 : 1;
            }
            for (int j = 0; j < others.length; j++) {
                others[j] = catalogue.reason(chunk.others().get(j));
                refused += others[j] == null ? 0 : 1;
            }
            return new Reasons(packed, others, refused);
        }
    }

    /**
     * The fast path, while a job's chunks hold only new keys: the good rows COPYed straight into measurement and the
     * refused ones into import_rejection, under a savepoint. The first chunk that meets a stored or repeated key rolls
     * back to the savepoint and returns null, and the job's later chunks go straight to the general statement (a
     * re-import would otherwise pay for a failed COPY on every chunk).
     */
    private Written insertNewKeys(Connection connection, Writer writer, Chunk chunk, Reasons reasons, ChunkCatalogue catalogue,
            OffsetDateTime now) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("savepoint new_keys_only");
        }
        try {
            Map<UUID, ChunkValues> changed = new LinkedHashMap<>();
            byte[] trailing = CopyBinary.fields(fields -> fields.text(writer.source().code()).text(writer.actor()).timestamp(now)
                    .uuid(writer.jobId()).integer(1));
            copy(connection, COPY_MEASUREMENTS, copy -> {
                CopyBinary rows = CopyBinary.into(copy);
                UUID id = null;
                ChunkValues values = null;
                for (int i = 0; i < reasons.packed().length; i++) {
                    UUID previous = id;
                    id = chunk.indicatorId(i, id);
                    if (reasons.packed()[i] != null) {
                        continue;
                    }
                    if (id != previous || values == null) {
                        values = changed.computeIfAbsent(id, k -> new ChunkValues(chunk));
                    }
                    rows.row(MEASUREMENT_COLUMNS).uuid(id).encoded(chunk.areaField(i)).encoded(chunk.genderField(i))
                            .encoded(chunk.periodField(i));
                    chunk.copyValue(i, rows).encoded(chunk.statusField(i)).encoded(trailing);
                    values.addPacked(i);
                }
                for (int j = 0; j < reasons.others().length; j++) {
                    RowChecks.Staged row = chunk.others().get(j);
                    if (reasons.others()[j] == null) {
                        UUID indicator = catalogue.indicator(row).id;
                        rows.row(MEASUREMENT_COLUMNS).uuid(indicator).text(row.areaCode()).text(row.gender()).text(row.period())
                                .numeric(row.value()).text(row.status()).encoded(trailing);
                        changed.computeIfAbsent(indicator, k -> new ChunkValues(chunk)).addOther(j);
                    }
                }
                rows.finish();
            });
            if (reasons.refused() > 0) {
                insertRejections(connection, writer, chunk, reasons);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("release savepoint new_keys_only");
            }
            return new Written(reasons.refused(), chunk.rows() - reasons.refused(), 0, new LinkedHashMap<>(changed));
        } catch (ConcurrentWrite e) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("rollback to savepoint new_keys_only");
            }
            writer.newKeysOnly().set(false);
            return null;
        }
    }

    private static void insertRejections(Connection connection, Writer writer, Chunk chunk, Reasons reasons) throws SQLException {
        try (PreparedStatement rejection = connection.prepareStatement(INSERT_REJECTION)) {
            UUID id = null;
            for (int i = 0; i < reasons.packed().length; i++) {
                id = chunk.indicatorId(i, id);
                if (reasons.packed()[i] != null) {
                    addRejection(rejection, writer, chunk.line(i), reasons.packed()[i], ChunkCatalogue.raw(chunk, i, id));
                }
            }
            for (int j = 0; j < reasons.others().length; j++) {
                if (reasons.others()[j] != null) {
                    RowChecks.Staged row = chunk.others().get(j);
                    addRejection(rejection, writer, row.line(), reasons.others()[j], ChunkCatalogue.raw(row));
                }
            }
            rejection.executeBatch();
        }
    }

    private static void addRejection(PreparedStatement rejection, Writer writer, long line, String reason, String raw)
            throws SQLException {
        rejection.setObject(1, writer.jobId());
        rejection.setLong(2, line);
        rejection.setString(3, reason);
        rejection.setString(4, raw);
        rejection.addBatch();
    }

    /** The general path: the rows, with their indicators' ids and their reasons, into the staging table; then chunk-upsert.sql. */
    private Written upsert(Connection connection, Writer writer, Chunk chunk, Reasons reasons, ChunkCatalogue catalogue,
            OffsetDateTime now) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
        }
        copy(connection, COPY_STAGING, copy -> {
            CopyText rows = new CopyText(copy);
            UUID id = null;
            for (int i = 0; i < reasons.packed().length; i++) {
                id = chunk.indicatorId(i, id);
                String reason = reasons.packed()[i];
                rows.integer(chunk.line(i)).field(reason == null ? id.toString() : null).plain(chunk.areaCode(i))
                        .plain(chunk.period(i)).plain(chunk.gender(i).code());
                chunk.copyValue(i, rows).plain(chunk.status(i).code()).field(reason)
                        .field(reason == null ? null : ChunkCatalogue.raw(chunk, i, id)).endRow();
            }
            for (int j = 0; j < reasons.others().length; j++) {
                RowChecks.Staged row = chunk.others().get(j);
                String reason = reasons.others()[j];
                rows.integer(row.line()).field(reason == null ? catalogue.indicator(row).id.toString() : null).field(row.areaCode()).field(row.period())
                        .field(row.gender()).number(row.value()).field(row.status()).field(reason)
                        .field(reason == null ? null : ChunkCatalogue.raw(row)).endRow();
            }
            rows.finish();
        });
        Map<UUID, List<MeasurementsRecorded.Value>> changed = new LinkedHashMap<>();
        int inserted = 0;
        int updated = 0;
        int rejected;
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setObject(1, writer.jobId());
            statement.setString(2, writer.actor());
            statement.setObject(3, now);
            statement.setString(4, writer.source().code());
            try (ResultSet result = query(statement)) {
                result.next();
                rejected = result.getInt("rejected");
                if (result.getInt("written") != result.getInt("changed")) {
                    throw new ConcurrentWrite();
                }
                do {
                    UUID indicator = result.getObject("indicator_id", UUID.class);
                    if (indicator == null) {
                        break; // no change at all: the one row carries only the counts
                    }
                    String previousStatus = result.getString("old_status");
                    changed.computeIfAbsent(indicator, k -> new ArrayList<>()).add(new MeasurementsRecorded.Value(
                            result.getString("area_code"), result.getString("period"), Gender.valueOf(result.getString("gender")),
                            result.getBigDecimal("value"), status(result.getString("status")), result.getInt("revision"),
                            result.getBigDecimal("old_value"), previousStatus == null ? null : status(previousStatus)));
                    if (previousStatus == null) {
                        inserted++;
                    } else {
                        updated++;
                    }
                } while (result.next());
            }
        }
        return new Written(rejected, inserted, updated, changed);
    }

    /** Runs the general statement; a new key that became stored concurrently is a {@link ConcurrentWrite}. */
    private static ResultSet query(PreparedStatement statement) throws SQLException {
        try {
            return statement.executeQuery();
        } catch (SQLException e) {
            if (primaryKeyBroken(e)) {
                throw new ConcurrentWrite();
            }
            throw e;
        }
    }

    /** What is sent while a COPY runs. */
    @FunctionalInterface
    private interface CopyWork {
        void send(CopyIn copy) throws SQLException;
    }

    /** A COPY; a new key that is stored already (or, concurrently, became so) is a {@link ConcurrentWrite}. */
    private static void copy(Connection connection, String sql, CopyWork work) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            work.send(copy);
        } catch (SQLException e) {
            if (primaryKeyBroken(e)) {
                throw new ConcurrentWrite();
            }
            throw e;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static boolean primaryKeyBroken(SQLException e) {
        return "23505".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("measurement_pkey");
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
