package se.styrplan.plan.transcription;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.plan.events.GoalSnapshot;
import se.styrplan.plan.events.PlanEvents;
import se.styrplan.plan.proposal.AuthorKind;
import se.styrplan.plan.proposal.ItemKind;
import se.styrplan.plan.proposal.NoteView;
import se.styrplan.plan.proposal.Proposal;
import se.styrplan.plan.proposal.ProposalKind;
import se.styrplan.plan.proposal.ProposalService;
import se.styrplan.plan.proposal.ProposalStatus;
import se.styrplan.plan.proposal.Statement;
import se.styrplan.plan.structure.Goal;
import se.styrplan.plan.structure.IndicatorLink;
import se.styrplan.plan.structure.Keys;
import se.styrplan.plan.structure.Section;
import se.styrplan.plan.structure.TargetArea;
import se.styrplan.plan.structure.TextBlock;
import se.styrplan.plan.transcription.ImportResult.ImportedProposal;
import se.styrplan.plan.transcription.ImportResult.VersionCounts;
import se.styrplan.plan.version.Plan;
import se.styrplan.plan.version.PlanChanges;
import se.styrplan.plan.version.PlanVersion;
import se.styrplan.plan.version.VersionService;
import se.styrplan.plan.version.VersionStatus;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;

/**
 * Loads a transcribed plan document: its base version (the text before the proposal) as an adopted version, and
 * the document's proposals as submitted: a revision as the text after the proposal in a draft version based on the
 * base (its working copy) with the document's comments, motivations and uncertain readings as notes; a statement with
 * its text. Idempotent: a version whose label exists already, and a proposal whose key exists, are left as they are.
 */
@ApplicationScoped
public class TranscriptionImporter {

    @Inject
    VersionService versions;

    @Inject
    PlanEvents events;

    @Inject
    AuditLog audit;

    @Inject
    ProposalService proposals;

    @Inject
    PlanChanges planChanges;

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
        List<ImportedProposal> imported = new ArrayList<>();
        for (Transcription.Proposal p : doc.proposals() == null ? List.<Transcription.Proposal>of() : doc.proposals()) {
            ProposalKind kind = ProposalKind.ofCode(p.kind());
            if (kind == null) {
                throw ApiException.invalid("proposals.kind", "must be revision or statement, not " + p.kind());
            }
            Proposal proposal = Proposal.byKey(plan.id, p.key());
            PlanVersion draft = null;
            if (kind == ProposalKind.REVISION) {
                // the working copy: the proposal's, once it exists (its label may be shared by a rebased adoption)
                draft = proposal != null ? PlanVersion.findById(proposal.draftVersionId) : versionLabelled(plan, p.title());
                if (draft == null) {
                    draft = build(doc, plan, p.title(), base.id, Side.AFTER);
                    created = true;
                }
                if (proposed == null) {
                    proposed = draft;
                }
            }
            if (proposal == null) {
                proposal = recordProposal(doc, plan, p, kind, base, draft);
                created = true;
            }
            imported.add(new ImportedProposal(proposal.id, proposal.key, proposal.kind.code(), proposal.status.code()));
        }
        ImportResult result = new ImportResult(created ? "created" : "unchanged", plan.id, counts(base),
                proposed == null ? null : counts(proposed), imported);
        if (created) {
            audit.record("plan.import", "plan", plan.id, null, result);
        }
        return result;
    }

    /**
     * The document's proposal as submitted: a revision on its working copy with a note for every item the document
     * comments, motivates or reads uncertainly; a statement with its text.
     */
    private Proposal recordProposal(Transcription doc, Plan plan, Transcription.Proposal p, ProposalKind kind, PlanVersion base,
            PlanVersion draft) {
        String name = p.author() == null || p.author().name() == null ? ProposalService.CENTRAL_OFFICE : p.author().name();
        AuthorKind authorKind = p.author() == null || p.author().kind() == null ? AuthorKind.CENTRAL_OFFICE : AuthorKind.ofCode(p.author().kind());
        if (authorKind == null) {
            throw ApiException.invalid("proposals.author.kind", "must be party_group or central_office");
        }
        // a party group's code is its name as a key ("Blågröna styret" → blagrona-styret), as in Keycloak's /party-groups/<code>
        String group = authorKind == AuthorKind.PARTY_GROUP ? Keys.slug(name) : null;
        Statement statement = null;
        if (kind == ProposalKind.STATEMENT) {
            Transcription.TranscribedStatement st = p.statement();
            statement = st == null ? Statement.empty()
                    : new Statement(paragraphs(st.intro()), st.priorities(), paragraphs(st.closing()));
        }
        return proposals.record(plan, p.key(), p.title(), kind, authorKind, group, name, base, draft, statement,
                ProposalStatus.SUBMITTED, kind == ProposalKind.REVISION ? notes(doc) : List.of());
    }

    /** The notes of the document's revision, keyed as the changes are. */
    static List<NoteView> notes(Transcription doc) {
        Map<String, NoteView> notes = new LinkedHashMap<>();
        for (Transcription.Section s : doc.sections()) {
            uncertainText(notes, ItemKind.SECTION, s.key(), s.blocks());
        }
        for (Transcription.TargetArea a : doc.targetAreas()) {
            uncertainText(notes, ItemKind.TARGET_AREA, a.key(), a.description());
            for (Transcription.Goal g : a.goals() == null ? List.<Transcription.Goal>of() : a.goals()) {
                String motivation = g.motivation() == null ? null : String.join("\n\n", paragraphs(g.motivation()));
                boolean uncertain = Boolean.TRUE.equals(g.uncertain());
                note(notes, new NoteView(ItemKind.GOAL, g.key(), g.comment(), motivation, uncertain,
                        join(uncertain ? g.note() : null, g.indicatorNote())));
                uncertainText(notes, ItemKind.GOAL_TEXT, g.key(), g.description());
                for (Transcription.IndicatorLink link : g.indicators() == null ? List.<Transcription.IndicatorLink>of() : g.indicators()) {
                    boolean unsure = Boolean.TRUE.equals(link.uncertain());
                    note(notes, new NoteView(ItemKind.INDICATOR, ItemKind.subKey(g.key(), IndicatorIds.of(link.indicatorKey())),
                            link.comment(), null, unsure, unsure ? link.note() : null));
                }
            }
        }
        return List.copyOf(notes.values());
    }

    /** Uncertain readings of an item's text: one note, with each reading's remark. */
    private static void uncertainText(Map<String, NoteView> notes, ItemKind kind, String key, List<Transcription.Block> blocks) {
        List<String> remarks = new ArrayList<>();
        for (Transcription.Block block : blocks == null ? List.<Transcription.Block>of() : blocks) {
            block.paragraphs().forEach(p -> p.stream().filter(seg -> Boolean.TRUE.equals(seg.uncertain()))
                    .map(seg -> seg.note() == null ? "\"" + seg.text().strip() + "\"" : seg.note())
                    .filter(r -> !remarks.contains(r)).forEach(remarks::add));
        }
        if (!remarks.isEmpty()) {
            note(notes, new NoteView(kind, key, null, null, true, String.join("\n\n", remarks)));
        }
    }

    private static void note(Map<String, NoteView> notes, NoteView note) {
        if (note.comment() != null || note.motivation() != null || note.uncertain() || note.note() != null) {
            notes.put(note.id(), note);
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "\n\n" + b;
    }

    /** Paragraphs of text runs as plain paragraphs (all their runs). */
    private static List<String> paragraphs(List<List<Transcription.Segment>> paragraphs) {
        return paragraphs == null ? List.of() : paragraphs.stream()
                .map(p -> p.stream().map(Transcription.Segment::text).collect(Collectors.joining()).strip())
                .filter(p -> !p.isEmpty()).toList();
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
        planChanges.changed(plan.id);
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
