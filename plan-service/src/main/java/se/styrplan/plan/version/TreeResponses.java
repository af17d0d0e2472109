package se.styrplan.plan.version;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.styrplan.plan.version.AdoptedTreeCache.Entry;
import se.styrplan.plan.version.VersionViews.PlanView;
import se.styrplan.plan.version.VersionViews.VersionTree;

/**
 * The HTTP answers for version trees: an adopted version's from {@link AdoptedTreeCache} when it holds a valid one
 * (no transaction, no query beyond the plan's periodic recheck, no serialisation), otherwise read afresh in a
 * transaction of {@link VersionTrees} and, when adopted, kept. Drafts and proposals' working copies are always read
 * afresh, with the caller's access checked. Adopted trees carry a strong ETag and answer If-None-Match with 304.
 */
@ApplicationScoped
public class TreeResponses {

    /** Meter of tree reads by where they came from: {@code path=cache} or {@code path=database}. */
    public static final String READS = "styrplan.plan.tree.reads";

    @Inject
    AdoptedTreeCache cache;

    @Inject
    VersionTrees trees;

    private final Counter fromCache;
    private final Counter fromDatabase;

    TreeResponses(MeterRegistry meters) {
        this.fromCache = meters.counter(READS, "path", "cache");
        this.fromDatabase = meters.counter(READS, "path", "database");
    }

    /** A version's tree for a logged-in caller: any adopted version; a draft if the caller may read it. */
    public Response tree(UUID versionId, HttpHeaders request) {
        Entry cached = cache.valid(versionId);
        return cached != null ? hit(cached, request) : fresh(() -> trees.readableTree(versionId), request);
    }

    /** An adopted version's tree, for anyone (404 for drafts). */
    public Response adoptedTree(UUID versionId, HttpHeaders request) {
        Entry cached = cache.valid(versionId);
        return cached != null ? hit(cached, request) : fresh(() -> trees.adoptedTree(versionId), request);
    }

    /** The tree of the plan's version in force, which follows a new adoption as the plan does (see the cache). */
    public Response currentTree(UUID planId, HttpHeaders request) {
        PlanView plan = cache.plan(planId);
        Entry cached = plan == null || plan.currentVersionId() == null ? null : cache.valid(plan.currentVersionId());
        return cached != null && cached.plan().id().equals(planId) ? hit(cached, request) : fresh(() -> trees.currentTree(planId), request);
    }

    private Response hit(Entry entry, HttpHeaders request) {
        fromCache.increment();
        return ok(entry, request);
    }

    /**
     * Reads the tree afresh. The answer's body is the tree itself, serialised by the REST layer as before (drafts
     * always; adopted trees on a miss); the kept bytes are the same mapper's serialisation of the same tree.
     */
    private Response fresh(Supplier<VersionTree> read, HttpHeaders request) {
        fromDatabase.increment();
        long seen = cache.generation();
        long startedAt = System.nanoTime();
        VersionTree tree = read.get();
        if (tree.version().status() != VersionStatus.ADOPTED) {
            return Response.ok(tree, MediaType.APPLICATION_JSON_TYPE).build();
        }
        Entry entry = cache.keep(tree, startedAt, seen);
        if (AdoptedTreeCache.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            return notModified(entry);
        }
        return Response.ok(tree, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, entry.etag()).build();
    }

    private static Response ok(Entry entry, HttpHeaders request) {
        if (AdoptedTreeCache.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            return notModified(entry);
        }
        return Response.ok(entry.json(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, entry.etag()).build();
    }

    private static Response notModified(Entry entry) {
        return Response.notModified().header(HttpHeaders.ETAG, entry.etag()).build();
    }
}
