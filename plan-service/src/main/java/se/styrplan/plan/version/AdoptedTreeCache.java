package se.styrplan.plan.version;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import se.styrplan.plan.version.VersionViews.PlanView;
import se.styrplan.plan.version.VersionViews.VersionTree;

/**
 * The trees of adopted versions as ready JSON bytes, so that the common read needs no transaction, no query and no
 * serialisation (per replica).
 * <p>
 * What may go stale: an adopted version's content and its own fields never change (adoption freezes them; nothing
 * turns an adopted version back or deletes it), so a cached tree can only be wrong in its plan part — the plan's
 * fields and, above all, {@code currentVersionId} once a newer version is adopted. Each tree therefore carries the
 * {@link PlanView} it was built with, and is served only while that equals the plan as last read from the database.
 * <p>
 * Staleness bound: the plan is re-read ({@link PlanStates}, one plain JDBC query, no transaction) when its last
 * reading is older than {@code styrplan.plan.tree-cache.recheck-after} (default 1 s). A write in this replica
 * ({@link PlanChanges}: adoptions, imports) forgets the plan's reading once its transaction completes, so this
 * replica shows it at once; a write committed in another replica is shown here at the latest {@code recheck-after}
 * after its commit (plus the duration of one query or tree build already under way at that moment). A tree whose
 * plan no longer matches is built afresh on its next read.
 */
@ApplicationScoped
public class AdoptedTreeCache {

    /** A tree ready to send: its bytes, the plan they show, and a strong ETag of the bytes. */
    public record Entry(UUID versionId, PlanView plan, byte[] json, String etag) {
    }

    /** A plan as last read, and when (System.nanoTime()). */
    private record PlanReading(PlanView plan, long readAt) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    PlanStates planStates;

    private final long recheckAfterNanos;
    private final Cache<UUID, Entry> trees;
    private final Map<UUID, PlanReading> plans = new ConcurrentHashMap<>();
    /**
     * Counts the forgettings, so that a tree or plan read before a change that completes while it is read is not
     * kept afterwards (it would hide the change until the next recheck). Guarded by {@code this} with the two maps'
     * updates, which are rare (a miss, a recheck, a write).
     */
    private long generation;

    AdoptedTreeCache(@ConfigProperty(name = "styrplan.plan.tree-cache.recheck-after", defaultValue = "1s") Duration recheckAfter,
            @ConfigProperty(name = "styrplan.plan.tree-cache.maximum-size", defaultValue = "200") long maximumSize) {
        this.recheckAfterNanos = recheckAfter.toNanos();
        this.trees = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The cached tree of the version if it is an adopted version's and its plan part is still true; null otherwise. */
    public Entry valid(UUID versionId) {
        Entry entry = trees.getIfPresent(versionId);
        if (entry == null) {
            return null;
        }
        return entry.plan().equals(plan(entry.plan().id())) ? entry : null;
    }

    /** The plan as read at most {@code recheck-after} ago (read now if older); null when there is no such plan. */
    public PlanView plan(UUID planId) {
        long now = System.nanoTime();
        PlanReading reading = plans.get(planId);
        if (reading != null && now - reading.readAt() < recheckAfterNanos) {
            return reading.plan();
        }
        long seen = generation();
        PlanView plan = planStates.read(planId);
        if (plan != null) {
            remember(plan, now, seen);
        }
        return plan;
    }

    /** Where a reader is before it reads afresh: pass it to {@link #keep}. */
    public synchronized long generation() {
        return generation;
    }

    /**
     * Keeps the tree of an adopted version, read afresh (in a transaction that began after {@code startedAt}, a
     * System.nanoTime(), and after {@code seen} was taken); returns the entry. Only adopted versions' trees come here.
     */
    public Entry keep(VersionTree tree, long startedAt, long seen) {
        if (tree.version().status() != VersionStatus.ADOPTED) {
            throw new IllegalArgumentException("only an adopted version's tree is kept, not version " + tree.version().id());
        }
        Entry entry = entry(tree);
        if (remember(tree.plan(), startedAt, seen)) {
            trees.put(entry.versionId(), entry);
        }
        return entry;
    }

    /** Forgets what this replica read of the plan: the next read of any of its trees reads the plan again. */
    public synchronized void forgetPlan(UUID planId) {
        generation++;
        plans.remove(planId);
    }

    private synchronized boolean remember(PlanView plan, long readAt, long seen) {
        if (generation != seen) {
            return false;
        }
        plans.merge(plan.id(), new PlanReading(plan, readAt), (old, fresh) -> fresh.readAt() - old.readAt() >= 0 ? fresh : old);
        return true;
    }

    private Entry entry(VersionTree tree) {
        try {
            byte[] bytes = json.writeValueAsBytes(tree);
            return new Entry(tree.version().id(), tree.plan(), bytes, etag(bytes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise the tree of version " + tree.version().id(), e);
        }
    }

    /** A strong validator: the first 128 bits of the bytes' SHA-256, base64url. */
    static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
