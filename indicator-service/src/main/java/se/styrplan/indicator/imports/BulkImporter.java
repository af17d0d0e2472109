package se.styrplan.indicator.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.slf4j.MDC;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrplan.indicator.measurement.MeasurementSource;
import se.styrplan.indicator.measurement.ValueRules;
import se.styrplan.indicator.scope.DepartmentScope;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.web.RequestIdFilter;

/**
 * Streams a body of rows into the measurements, chunk by chunk: each chunk ({@code styrplan.imports.chunk-size} rows)
 * is read and checked, then written in one transaction with its rejections, history, events, audit entry and the
 * job's counts. Good rows are applied and bad ones reported; a chunk is never half applied. Memory stays at about one
 * chunk, whatever the body's size.
 */
@ApplicationScoped
public class BulkImporter {

    private static final Logger LOG = Logger.getLogger(BulkImporter.class);

    @Inject
    ImportJobs jobs;

    @Inject
    ChunkLoader loader;

    @Inject
    DepartmentScope scope;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "styrplan.imports.chunk-size", defaultValue = "50000")
    int chunkSize;

    @ConfigProperty(name = "styrplan.imports.workers", defaultValue = "2")
    int workers;

    @Inject
    EntityManager em;

    @Inject
    ImportMetrics metrics;

    /** The body formats, by media type. */
    public enum Format {
        CSV("csv"),
        NDJSON("ndjson"),
        XLSX("xlsx");

        final String code;

        Format(String code) {
            this.code = code;
        }
    }

    /**
     * Imports {@code body} as the caller, who may write what DepartmentScope allows; returns the finished job.
     *
     * @param length the body's length when known (Content-Length), for the job's progress (else rows count)
     */
    public ImportJobView importBody(ImportKind kind, Format format, String fileName, InputStream body, Long length,
            MeasurementSource source) {
        Counting counted = new Counting(body);
        return importRows(jobs.start(new ImportJobs.Spec(kind, format.code, fileName, length, length == null ? "rows" : "bytes", null)),
                () -> switch (format) {
                    case CSV -> new CsvRows(counted);
                    case XLSX -> new XlsxRows(counted);
                    case NDJSON -> new NdjsonRows(counted, json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
                },
                length == null ? null : () -> counted.count, source);
    }

    /** Opens a job's rows; may throw {@link RowReader.UnreadableBody} (a bad header) or IOException. */
    interface Rows {
        RowReader open() throws IOException;
    }

    /** Imports rows as the caller (or 'system' outside a request) under a running job; returns the finished job. */
    ImportJobView importRows(ImportJob job, Rows source, LongSupplier work, MeasurementSource measurementSource) {
        ChunkLoader.Writer writer = new ChunkLoader.Writer(job.id, job.createdBy, inRequest() ? scope.writesEveryDepartment() : true,
                inRequest() ? scope.editorDepartments() : java.util.Set.of(), measurementSource);
        try (RowReader rows = source.open()) {
            long received = run(writer, rows, work);
            if (received == 0) {
                throw new RowReader.UnreadableBody("the body holds no rows");
            }
            return jobs.succeed(job.id);
        } catch (RowReader.UnreadableBody e) {
            throw failed(job.id, e.getMessage());
        } catch (IOException e) {
            throw failed(job.id, "the body could not be read to its end (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s failed", job.id);
            jobs.fail(job.id, "an unexpected error stopped the job (request id " + MDC.get(RequestIdFilter.MDC_KEY)
                    + "); the chunks committed before it stay applied");
            throw e;
        }
    }

    private static boolean inRequest() {
        return io.quarkus.arc.Arc.container().requestContext().isActive();
    }

    /**
     * Loads every row of {@code rows}; returns the rows received (0: the body held none). The rows are split by indicator
     * over {@code styrplan.imports.workers} partitions, each loading its chunks in order on its own connection, so that
     * PostgreSQL works on several chunks at once while this thread reads the next ones, and one indicator's values and
     * events still follow the body's order. Stops when the job is cancelled or a chunk fails.
     */
    long run(ChunkLoader.Writer writer, RowReader rows, LongSupplier work) throws IOException {
        CatalogueKeys keys = new CatalogueKeys(indicatorIds());
        int lastYear = ValueRules.lastYear();
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        ManagedExecutor executor = ManagedExecutor.builder().maxAsync(workers).propagated(ThreadContext.CDI)
                .cleared(ThreadContext.ALL_REMAINING).build();
        Partition[] partitions = new Partition[workers];
        for (int i = 0; i < workers; i++) {
            partitions[i] = new Partition(chunkSize);
        }
        AtomicInteger numbers = new AtomicInteger();
        long received = 0;
        try {
            BulkRow row;
            while ((row = rows.next()) != null) {
                received++;
                RowChecks.Staged staged = RowChecks.check(row, lastYear);
                UUID id = keys.idOf(staged);
                Partition partition = partitions[id == null ? 0 : Math.floorMod(id.hashCode(), workers)];
                partition.filling.add(staged, id);
                if (partition.filling.rows() >= chunkSize) {
                    long workDone = work == null ? received : work.getAsLong();
                    if (!partition.submit(executor, chunk -> loadChunk(writer, chunk, numbers.incrementAndGet(), workDone, requestId))) {
                        return received;
                    }
                }
            }
            long workDone = work == null ? received : work.getAsLong();
            for (Partition partition : partitions) {
                if (partition.filling.rows() > 0
                        && !partition.submit(executor, chunk -> loadChunk(writer, chunk, numbers.incrementAndGet(), workDone, requestId))) {
                    return received;
                }
            }
            for (Partition partition : partitions) {
                partition.await();
            }
            return received;
        } finally {
            for (Partition partition : partitions) {
                partition.cancelQuietly();
            }
            executor.shutdown();
        }
    }

    /** One partition's chunks: the one being filled, and the one being loaded (at most one at a time, in order). */
    private static final class Partition {
        Chunk filling;
        /** The chunk loading (or loaded): once it has committed, it is cleared and filled anew, never reallocated. */
        Chunk loaded;
        CompletableFuture<Boolean> loading;

        Partition(int chunkSize) {
            filling = new Chunk(chunkSize);
            loaded = new Chunk(chunkSize);
        }

        /** Waits for the partition's previous chunk, then starts loading the full one; false when the job was cancelled. */
        boolean submit(ManagedExecutor executor, Function<Chunk, Boolean> load) {
            if (!await()) {
                return false;
            }
            Chunk full = filling;
            filling = loaded.clear();
            loaded = full;
            loading = executor.supplyAsync(() -> load.apply(full));
            return true;
        }

        /** True when the previous chunk loaded (or there was none); false when the job was cancelled. */
        boolean await() {
            if (loading == null) {
                return true;
            }
            try {
                return loading.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        void cancelQuietly() {
            if (loading != null && !loading.isDone()) {
                try {
                    loading.join();
                } catch (RuntimeException e) {
                    // the first failure is reported already
                }
            }
        }
    }

    /** One chunk in one transaction, sent once more if a concurrent request got in its way; false when cancelled. */
    private boolean loadChunk(ChunkLoader.Writer writer, Chunk chunk, int number, long workDone, String requestId) {
        if (requestId != null) {
            MDC.put(RequestIdFilter.MDC_KEY, requestId);
        }
        for (int attempt = 1;; attempt++) {
            try {
                long started = System.nanoTime();
                ChunkLoader.Result committed = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                    if (jobs.cancelled(writer.jobId())) {
                        return null;
                    }
                    ChunkLoader.Result result = loader.load(writer, chunk, number);
                    jobs.addChunk(writer.jobId(), result.received(), result.inserted(), result.updated(), result.unchanged(),
                            result.rejected(), workDone);
                    return result;
                });
                if (committed != null) {
                    metrics.chunkCommitted(writer.source(), committed, System.nanoTime() - started);
                }
                return committed != null;
            } catch (ChunkLoader.ConcurrentWrite e) {
                if (attempt == 2) {
                    throw new RowReader.UnreadableBody("lines " + chunk.firstLine() + "–" + chunk.lastLine() + ": " + e.getMessage()
                            + ", twice; send them again");
                }
            }
        }
    }

    /**
     * The catalogue's keys when the job started, to route a row by its indicator whether it names it by key or by id.
     * The last key is remembered: a body's rows come grouped by indicator, as an export writes them.
     */
    private static final class CatalogueKeys {
        private final Map<String, UUID> ids;
        private String lastKey;
        private UUID lastId;

        CatalogueKeys(Map<String, UUID> ids) {
            this.ids = ids;
        }

        /** The row's indicator, named by id or by a known key; null when neither. */
        UUID idOf(RowChecks.Staged row) {
            if (row.indicatorId() != null || row.indicatorKey() == null) {
                return row.indicatorId();
            }
            if (!row.indicatorKey().equals(lastKey)) {
                lastKey = row.indicatorKey();
                lastId = ids.get(lastKey);
            }
            return lastId;
        }
    }

    /** The catalogue's keys, to route a row by its indicator whether it names it by key or by id. */
    private Map<String, UUID> indicatorIds() {
        Map<String, UUID> ids = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("select i.key, i.id from Indicator i", Object[].class)
                .getResultStream().forEach(r -> ids.put((String) r[0], (UUID) r[1])));
        return ids;
    }

    private ApiException failed(UUID id, String reason) {
        ImportJobView job = jobs.fail(id, reason);
        return new ApiException(400, "import-failed", "Import failed", "Import job " + id + " failed: " + reason + ". It applied "
                + job.chunks() + " chunk(s) before that (" + job.inserted() + " new, " + job.updated() + " corrected values); "
                + "see GET /api/indicators/imports/" + id);
    }

    /** Counts the bytes read, for the job's progress. */
    static final class Counting extends FilterInputStream {
        volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
