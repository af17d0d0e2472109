package se.styrplan.indicator.imports;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.security.CurrentUser;
import se.styrplan.platform.security.Roles;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/**
 * The import jobs: created, advanced chunk by chunk and finished by the importers, each state change in its own
 * short transaction so that everyone sees a running job's progress; read and cancelled through the API.
 */
@ApplicationScoped
public class ImportJobs {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** What a new job is: kind, format and the work it will do, when known. */
    public record Spec(ImportKind kind, String format, String fileName, Long workTotal, String workUnit, String parameters) {
    }

    /** A job that starts running now, created by the caller (or 'system' outside a request). */
    public ImportJob start(Spec spec) {
        return create(spec, ImportStatus.RUNNING);
    }

    /** A job that waits for a worker. */
    public ImportJob queue(Spec spec) {
        return create(spec, ImportStatus.QUEUED);
    }

    private ImportJob create(Spec spec, ImportStatus status) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.kind = spec.kind();
        job.status = status;
        job.format = spec.format();
        job.fileName = spec.fileName();
        job.workTotal = spec.workTotal();
        job.workUnit = spec.workUnit();
        job.parameters = spec.parameters();
        job.createdBy = actor();
        job.createdAt = now();
        job.startedAt = status == ImportStatus.RUNNING ? job.createdAt : null;
        QuarkusTransaction.requiringNew().run(() -> em.persist(job));
        return job;
    }

    /** Marks a queued job running; false when it was cancelled (or taken) meanwhile. */
    public boolean markRunning(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "update ImportJob j set j.status = :running, j.startedAt = :now where j.id = :id and j.status = :queued")
                .setParameter("running", ImportStatus.RUNNING).setParameter("queued", ImportStatus.QUEUED)
                .setParameter("now", now()).setParameter("id", id).executeUpdate() == 1);
    }

    /** Whether the job was cancelled: importers ask before each chunk, inside the chunk's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancelled(UUID id) {
        return em.createQuery("select j.status from ImportJob j where j.id = :id", ImportStatus.class).setParameter("id", id)
                .getSingleResult() == ImportStatus.CANCELLED;
    }

    /** Adds a committed chunk's counts, in the chunk's own transaction (chunks of several workers may commit out of order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addChunk(UUID id, long received, long inserted, long updated, long unchanged, long rejected, long workDone) {
        em.createNativeQuery("update import_job set received = received + ?1, inserted = inserted + ?2, updated = updated + ?3, "
                + "unchanged = unchanged + ?4, rejected = rejected + ?5, chunks = chunks + 1, work_done = greatest(work_done, ?6) "
                + "where id = ?7")
                .setParameter(1, received).setParameter(2, inserted).setParameter(3, updated).setParameter(4, unchanged)
                .setParameter(5, rejected).setParameter(6, workDone).setParameter(7, id).executeUpdate();
    }

    /** Progress without a chunk (a source's page read, say). */
    public void progress(UUID id, long workDone, Long workTotal) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update ImportJob j set j.workDone = :done, j.workTotal = :total where j.id = :id")
                .setParameter("done", workDone).setParameter("total", workTotal).setParameter("id", id).executeUpdate());
    }

    /** The job succeeded, unless it was cancelled meanwhile (then it stays cancelled). */
    public ImportJobView succeed(UUID id) {
        return end(id, ImportStatus.SUCCEEDED, null);
    }

    /** The job failed; what its committed chunks wrote stays. */
    public ImportJobView fail(UUID id, String reason) {
        return end(id, ImportStatus.FAILED, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
    }

    private ImportJobView end(UUID id, ImportStatus status, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (!job.status.finished()) {
                job.status = status;
                job.failureReason = reason;
                job.finishedAt = now();
                if (status == ImportStatus.SUCCEEDED && job.workTotal != null) {
                    job.workDone = job.workTotal;
                }
            }
            return ImportJobView.of(job);
        });
    }

    /** The job as stored now, detached. */
    ImportJob load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> find(id));
    }

    /** Whether a job of this kind is queued or running. */
    public boolean busy(ImportKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(j) from ImportJob j where j.kind = :kind "
                + "and j.status in (:open)", Long.class).setParameter("kind", kind)
                .setParameter("open", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING)).getSingleResult() > 0);
    }

    /** When the last job of this kind that succeeded started, if one did. */
    public java.util.Optional<OffsetDateTime> lastSucceeded(ImportKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select max(j.startedAt) from ImportJob j where j.kind = :kind "
                + "and j.status = :succeeded", OffsetDateTime.class).setParameter("kind", kind)
                .setParameter("succeeded", ImportStatus.SUCCEEDED).getResultStream().filter(java.util.Objects::nonNull).findFirst());
    }

    public ImportJobView get(UUID id) {
        return ImportJobView.of(find(id));
    }

    public Page<ImportJobView> list(ImportKind kind, ImportStatus status, Paging paging) {
        String where = " where 1 = 1" + (kind == null ? "" : " and j.kind = :kind") + (status == null ? "" : " and j.status = :status");
        var items = em.createQuery("select j from ImportJob j" + where + " order by j.createdAt desc, j.id", ImportJob.class);
        var count = em.createQuery("select count(j) from ImportJob j" + where, Long.class);
        if (kind != null) {
            items.setParameter("kind", kind);
            count.setParameter("kind", kind);
        }
        if (status != null) {
            items.setParameter("status", status);
            count.setParameter("status", status);
        }
        return Page.of(items.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultStream().map(ImportJobView::of)
                .toList(), paging, count.getSingleResult());
    }

    public Page<RejectionView> rejections(UUID id, Paging paging) {
        find(id);
        List<RejectionView> items = em.createQuery("select new se.styrplan.indicator.imports.RejectionView(r.line, r.reason, r.raw) "
                + "from ImportRejection r where r.jobId = :id order by r.line", RejectionView.class)
                .setParameter("id", id).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(r) from ImportRejection r where r.jobId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return Page.of(items, paging, total);
    }

    /**
     * Cancels a queued or running job: the job's creator, a planner or an admin. A running import stops before its
     * next chunk; the chunk in progress and those before it stay applied.
     */
    @Transactional
    public ImportJobView cancel(UUID id) {
        ImportJob job = em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw ApiException.notFound("Import job", id);
        }
        if (!job.createdBy.equals(currentUser.name()) && !currentUser.hasRole(Roles.PLANNER) && !currentUser.hasRole(Roles.ADMIN)) {
            throw ApiException.forbidden("Only the job's creator, planners and admins may cancel import job " + id);
        }
        if (job.status.finished()) {
            throw ApiException.conflict("import-finished", "Import job " + id + " has already " + job.status.code());
        }
        job.status = ImportStatus.CANCELLED;
        job.finishedAt = now();
        return ImportJobView.of(job);
    }

    private ImportJob find(UUID id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null) {
            throw ApiException.notFound("Import job", id);
        }
        return job;
    }

    private String actor() {
        boolean inRequest = Arc.container().requestContext().isActive();
        return inRequest && !currentUser.isAnonymous() ? currentUser.name() : AuditLog.SYSTEM;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
