package se.styrplan.plan.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrplan.plan.version.AdoptedTreeCache.Entry;
import se.styrplan.plan.version.VersionViews.PlanView;
import se.styrplan.plan.version.VersionViews.VersionTree;
import se.styrplan.plan.version.VersionViews.VersionView;

/**
 * The cache's rules without a database (a fake plan reader): a kept tree is served while its plan is unchanged, a
 * plan reading older than the recheck interval is read again, and a tree read before a change that completes
 * during the read is not kept. The same behaviour against the real service: AdoptedTreeCacheTest.
 */
class AdoptedTreeCacheRulesTest {

    private final UUID planId = UUID.randomUUID();
    private final UUID versionId = UUID.randomUUID();
    private final UUID nextVersionId = UUID.randomUUID();
    private final FakePlanStates database = new FakePlanStates();

    @Test
    void aKeptTreeIsServedWithoutReadingThePlanWithinTheInterval() {
        AdoptedTreeCache cache = cache(Duration.ofHours(1));
        database.plan = plan(versionId);
        Entry kept = cache.keep(tree(database.plan, VersionStatus.ADOPTED), System.nanoTime(), cache.generation());

        assertThat(cache.valid(versionId)).isSameAs(kept);
        assertThat(cache.valid(versionId)).isSameAs(kept);
        assertThat(database.reads).hasValue(0);
    }

    @Test
    void aPlanReadLongerAgoThanTheIntervalIsReadAgainAndAChangeRetiresTheTree() {
        AdoptedTreeCache cache = cache(Duration.ZERO);
        database.plan = plan(versionId);
        Entry kept = cache.keep(tree(database.plan, VersionStatus.ADOPTED), System.nanoTime(), cache.generation());
        assertThat(cache.valid(versionId)).isSameAs(kept);
        assertThat(database.reads).hasValue(1);

        database.plan = plan(nextVersionId); // adopted elsewhere
        assertThat(cache.valid(versionId)).isNull();
        assertThat(cache.plan(planId).currentVersionId()).isEqualTo(nextVersionId);
    }

    @Test
    void aWriteInThisReplicaRetiresTheTreeAtOnce() {
        AdoptedTreeCache cache = cache(Duration.ofHours(1));
        database.plan = plan(versionId);
        cache.keep(tree(database.plan, VersionStatus.ADOPTED), System.nanoTime(), cache.generation());

        database.plan = plan(nextVersionId);
        cache.forgetPlan(planId);
        assertThat(cache.valid(versionId)).isNull();
        assertThat(database.reads).hasValue(1);
    }

    @Test
    void aTreeReadBeforeAChangeThatCompletesDuringTheReadIsNotKept() {
        AdoptedTreeCache cache = cache(Duration.ofHours(1));
        long seen = cache.generation();
        PlanView before = plan(versionId);
        cache.forgetPlan(planId); // the adoption commits while the tree is being read
        Entry entry = cache.keep(tree(before, VersionStatus.ADOPTED), System.nanoTime(), seen);
        assertThat(entry.plan()).isEqualTo(before); // still sent to its reader, who asked before the commit

        database.plan = plan(nextVersionId);
        assertThat(cache.valid(versionId)).isNull();
        assertThat(cache.plan(planId).currentVersionId()).isEqualTo(nextVersionId);
    }

    @Test
    void draftsAreRefused() {
        AdoptedTreeCache cache = cache(Duration.ofHours(1));
        assertThatThrownBy(() -> cache.keep(tree(plan(versionId), VersionStatus.DRAFT), System.nanoTime(), cache.generation()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cache.valid(versionId)).isNull();
    }

    @Test
    void theEtagIsTheBytesAndIfNoneMatchIsReadAsHttpSaysIt() {
        AdoptedTreeCache cache = cache(Duration.ofHours(1));
        Entry a = cache.keep(tree(plan(versionId), VersionStatus.ADOPTED), System.nanoTime(), cache.generation());
        Entry b = cache.keep(tree(plan(nextVersionId), VersionStatus.ADOPTED), System.nanoTime(), cache.generation());
        assertThat(a.etag()).startsWith("\"").endsWith("\"").isNotEqualTo(b.etag());
        assertThat(AdoptedTreeCache.etag(a.json())).isEqualTo(a.etag());

        assertThat(AdoptedTreeCache.matches(null, a.etag())).isFalse();
        assertThat(AdoptedTreeCache.matches(b.etag(), a.etag())).isFalse();
        assertThat(AdoptedTreeCache.matches(a.etag(), a.etag())).isTrue();
        assertThat(AdoptedTreeCache.matches(b.etag() + ", " + a.etag(), a.etag())).isTrue();
        assertThat(AdoptedTreeCache.matches("W/" + a.etag(), a.etag())).isTrue();
        assertThat(AdoptedTreeCache.matches("*", a.etag())).isTrue();
    }

    private AdoptedTreeCache cache(Duration recheckAfter) {
        AdoptedTreeCache cache = new AdoptedTreeCache(recheckAfter, 10);
        cache.json = new ObjectMapper().findAndRegisterModules();
        cache.planStates = database;
        return cache;
    }

    private PlanView plan(UUID current) {
        return new PlanView(planId, "testplan", "Testplan", "1780", "Karlstads kommun", current);
    }

    private VersionTree tree(PlanView plan, VersionStatus status) {
        OffsetDateTime now = OffsetDateTime.now();
        VersionView version = new VersionView(versionId, planId, 1, "Testplan 2024", status, null, null, null, null, now,
                status == VersionStatus.ADOPTED ? now : null);
        return new VersionTree(plan, version, List.of(), List.of());
    }

    /** The plan as the database holds it, and how often it was read. */
    static final class FakePlanStates extends PlanStates {
        PlanView plan;
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public PlanView read(UUID id) {
            reads.incrementAndGet();
            return plan != null && plan.id().equals(id) ? plan : null;
        }
    }
}
