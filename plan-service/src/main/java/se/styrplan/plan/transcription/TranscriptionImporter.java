package se.styrplan.plan.transcription;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.plan.events.GoalSnapshot;
import se.styrplan.plan.events.PlanEvents;
import se.styrplan.plan.structure.Goal;
import se.styrplan.plan.structure.IndicatorLink;
import se.styrplan.plan.structure.Section;
import se.styrplan.plan.structure.TargetArea;
import se.styrplan.plan.structure.TextBlock;
import se.styrplan.plan.transcription.ImportResult.VersionCounts;
import se.styrplan.plan.version.Plan;
import se.styrplan.plan.version.PlanVersion;
import se.styrplan.plan.version.VersionService;
import se.styrplan.plan.version.VersionStatus;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;

/**
 * Loads a transcribed plan document: its base version (the text before the proposal) as an adopted version, and,
 * when the document carries a revision proposal, the text after the proposal as a draft version based on it.
 * Idempotent: a version whose label exists already is left as it is.
 */
@ApplicationScoped
public class TranscriptionImporter {

    @Inject
    VersionService versions;

    @Inject
    PlanEvents events;

    @Inject
    AuditLog audit;

    @Transactional
    public ImportResult importDocument(Transcription doc) {
        Plan plan = Plan.byKey(doc.plan().key());
        if (plan == null) {
            plan = createPlan(doc);
        }
        boolean created = false;
        PlanVersion base = versionLabelled(plan, doc.plan().baseVersion().label());
        if (base == null) {
            base = build(doc, plan, doc.plan().baseVersion().label(), null, Side.BEFORE);
            adopt(plan, base);
            created = true;
        }
        PlanVersion proposed = null;
        Transcription.Proposal revision = doc.proposals() == null ? null
                : doc.proposals().stream().filter(p -> "revision".equals(p.kind())).findFirst().orElse(null);
        if (revision != null) {
            proposed = versionLabelled(plan, revision.title());
            if (proposed == null) {
                proposed = build(doc, plan, revision.title(), base.id, Side.AFTER);
                created = true;
            }
        }
        ImportResult result = new ImportResult(created ? "created" : "unchanged", plan.id, counts(base),
                proposed == null ? null : counts(proposed));
        if (created) {
            audit.record("plan.import", "plan", plan.id, null, result);
        }
        return result;
    }

    private PlanVersion build(Transcription doc, Plan plan, String label, UUID basedOn, Side side) {
        PlanVersion version = versions.newVersion(plan, label, basedOn);
        Map<String, String> indicatorTitles = doc.indicators().stream()
                .collect(Collectors.toMap(Transcription.Indicator::key, Transcription.Indicator::title, (a, b) -> a));
        int position = 0;
        for (Transcription.Section s : doc.sections()) {
            if (side.includes(s.change())) {
                Section section = new Section();
                section.id = UUID.randomUUID();
                section.versionId = version.id;
                section.key = s.key();
                section.title = s.title();
                section.blocks = text(s.blocks(), side);
                section.position = position++;
                section.persist();
            }
        }
        int areaPosition = 0;
        for (Transcription.TargetArea a : doc.targetAreas()) {
            if (!side.includes(a.change())) {
                continue;
            }
            TargetArea area = new TargetArea();
            area.id = UUID.randomUUID();
            area.versionId = version.id;
            area.key = a.key();
            area.title = a.title();
            area.description = text(a.description(), side);
            area.position = areaPosition++;
            area.persist();
            int goalPosition = 0;
            for (Transcription.Goal g : a.goals() == null ? List.<Transcription.Goal>of() : a.goals()) {
                if (side.includes(g.change())) {
                    persistGoal(g, version, area, goalPosition++, indicatorTitles, side);
                }
            }
        }
        return version;
    }

    private void adopt(Plan plan, PlanVersion version) {
        version.status = VersionStatus.ADOPTED;
        version.adoptedAt = OffsetDateTime.now();
        List<GoalSnapshot> goals = new ArrayList<>();
        TargetArea.ofVersion(version.id).forEach(area -> Goal.ofTargetArea(area.id).forEach(g -> goals.add(events.snapshot(g))));
        events.versionAdopted(plan, version, goals);
    }

    private static void persistGoal(Transcription.Goal g, PlanVersion version, TargetArea area, int position,
            Map<String, String> titles, Side side) {
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.versionId = version.id;
        goal.targetAreaId = area.id;
        goal.key = g.key();
        goal.title = g.title();
        goal.description = text(g.description(), side);
        goal.responsibleBody = g.responsibleBody();
        goal.position = position;
        goal.sdgs.addAll(g.sdgs());
        for (Transcription.IndicatorLink link : g.indicators() == null ? List.<Transcription.IndicatorLink>of() : g.indicators()) {
            if (!side.includes(link.change())) {
                continue;
            }
            String title = titles.get(link.indicatorKey());
            if (title == null) {
                throw ApiException.invalid("targetAreas.goals.indicators", "indicator key " + link.indicatorKey() + " is not among the indicators");
            }
            goal.indicators.add(new IndicatorLink(IndicatorIds.of(link.indicatorKey()), title));
        }
        goal.persist();
    }

    /** The text of one side: its runs joined; paragraphs and blocks with nothing left are dropped. */
    static List<TextBlock> text(List<Transcription.Block> blocks, Side side) {
        List<TextBlock> result = new ArrayList<>();
        for (Transcription.Block block : blocks == null ? List.<Transcription.Block>of() : blocks) {
            List<String> paragraphs = block.paragraphs().stream()
                    .map(p -> p.stream().filter(s -> side.includes(s.mark()))
                            .map(Transcription.Segment::text).collect(Collectors.joining()).strip())
                    .filter(p -> !p.isEmpty())
                    .toList();
            if (!paragraphs.isEmpty()) {
                result.add(new TextBlock(block.heading(), paragraphs));
            }
        }
        return result;
    }

    private static PlanVersion versionLabelled(Plan plan, String label) {
        return PlanVersion.<PlanVersion>find("planId = ?1 and label = ?2", plan.id, label).firstResult();
    }

    private static Plan createPlan(Transcription doc) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.key = doc.plan().key();
        plan.title = doc.plan().title();
        if (doc.source() != null && doc.source().municipality() != null) {
            plan.municipalityCode = doc.source().municipality().code();
            plan.municipalityName = doc.source().municipality().name();
        }
        plan.createdAt = OffsetDateTime.now();
        plan.persist();
        return plan;
    }

    private static VersionCounts counts(PlanVersion version) {
        List<Goal> goals = Goal.ofVersion(version.id);
        return new VersionCounts(version.id, version.label, version.status.json(), (int) Section.count("versionId", version.id),
                (int) TargetArea.count("versionId", version.id), goals.size(), goals.stream().mapToInt(g -> g.indicators.size()).sum());
    }
}
