package se.styrplan.plan.proposal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import se.styrplan.plan.proposal.ProposalViews.Author;
import se.styrplan.plan.proposal.ProposalViews.ComparedItem;
import se.styrplan.plan.proposal.ProposalViews.ComparisonView;
import se.styrplan.plan.proposal.ProposalViews.ConflictView;
import se.styrplan.plan.proposal.ProposalViews.NoteInput;
import se.styrplan.plan.proposal.ProposalViews.ProposalChange;
import se.styrplan.plan.proposal.ProposalViews.ProposalComparisonView;
import se.styrplan.plan.proposal.ProposalViews.ProposalInput;
import se.styrplan.plan.proposal.ProposalViews.ProposalUpdate;
import se.styrplan.plan.proposal.ProposalViews.ProposalView;
import se.styrplan.plan.proposal.ProposalViews.RejectionInput;
import se.styrplan.plan.proposal.VersionComparison.Conflict;
import se.styrplan.plan.sdg.SdgCatalog;
import se.styrplan.plan.sdg.SdgView;
import se.styrplan.plan.structure.Keys;
import se.styrplan.plan.version.Plan;
import se.styrplan.plan.version.PlanVersion;
import se.styrplan.plan.version.VersionService;
import se.styrplan.plan.version.VersionViews.AdoptionInput;
import se.styrplan.plan.version.VersionViews.VersionView;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.Problem;
import se.styrplan.platform.security.CurrentUser;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/** Proposals: their life from draft to decision, their computed changes, documents and comparisons. Every write audited. */
@ApplicationScoped
public class ProposalService {

    /** The author name of the central office's proposals unless one is given. */
    public static final String CENTRAL_OFFICE = "Kommunledningskontoret";

    @Inject
    VersionService versions;

    @Inject
    AuditLog audit;

    @Inject
    ProposalAccess access;

    @Inject
    PlanTrees trees;

    @Inject
    SdgCatalog sdgs;

    @Inject
    CurrentUser user;

    // ---------------------------------------------------------------- reads

    @Transactional
    public Page<ProposalView> list(UUID planId, ProposalStatus status, boolean publicOnly, Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (planId != null) {
            where.append(" and planId = :plan");
            parameters.and("plan", planId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (publicOnly) {
            where.append(" and submittedAt is not null and status <> :draft");
            parameters.and("draft", ProposalStatus.DRAFT);
        } else if (!access.isPlanner()) {
            Set<String> groups = user.partyGroups();
            where.append(groups.isEmpty() ? " and status <> :draft" : " and (status <> :draft or authorGroup in :groups)");
            parameters.and("draft", ProposalStatus.DRAFT);
            if (!groups.isEmpty()) {
                parameters.and("groups", groups);
            }
        }
        var query = Proposal.<Proposal>find(where + " order by createdAt, key", parameters);
        long total = query.count();
        List<ProposalView> items = query.page(paging.page(), paging.size()).list().stream()
                .map(p -> view(p, publicOnly)).toList();
        return Page.of(items, paging, total);
    }

    public ProposalView view(Proposal p, boolean publicRead) {
        return new ProposalView(p.id, p.planId, p.key, p.title, p.kind, p.status, new Author(p.authorKind, p.authorGroup, p.authorName),
                p.baseVersionId, p.draftVersionId, p.statement, publicRead ? null : p.createdBy, p.createdAt, p.submittedAt,
                p.decidedOn, p.decidedBy, p.caseNumber, p.adoptedVersionId,
                ProposalNote.ofProposal(p.id).stream().map(ProposalNote::view).toList());
    }

    /** A public record: a proposal that has been submitted (404 for anything else). */
    public Proposal publicProposal(UUID id) {
        Proposal proposal = Proposal.findById(id);
        if (proposal == null || !proposal.isPublic()) {
            throw ApiException.notFound("Public proposal", id);
        }
        return proposal;
    }

    /** A revision's changes (base → working copy), each with the proposal's note for its item; none for a statement. */
    @Transactional
    public ComparisonView changes(Proposal p) {
        PlanVersion base = PlanVersion.require(p.baseVersionId);
        if (p.kind == ProposalKind.STATEMENT) {
            return new ComparisonView(p.id, VersionView.of(base), null, List.of());
        }
        PlanVersion draft = PlanVersion.require(p.draftVersionId);
        return new ComparisonView(p.id, VersionView.of(base), VersionView.of(draft), changesOf(p));
    }

    private List<Change> changesOf(Proposal p) {
        Map<String, NoteView> notes = notesOf(p);
        return VersionComparison.compare(trees.load(p.baseVersionId), trees.load(p.draftVersionId)).stream()
                .map(c -> notes.containsKey(NoteView.id(c.itemKind(), c.itemKey())) ? c.withNote(notes.get(NoteView.id(c.itemKind(), c.itemKey()))) : c)
                .toList();
    }

    /** The proposal as a document: a revision marked up against its base, or a statement's text. */
    @Transactional
    public String document(Proposal p) {
        PlanVersion base = PlanVersion.require(p.baseVersionId);
        List<String> facts = new ArrayList<>();
        facts.add((p.kind == ProposalKind.STATEMENT ? "Skrivelse från " : "Förslag från ") + p.authorName + ".");
        facts.add("Status: " + swedish(p.status) + (p.submittedAt != null ? ", inlämnat " + DateTimeFormatter.ISO_LOCAL_DATE.format(p.submittedAt) : "") + ".");
        if (p.decidedOn != null || p.decidedBy != null) {
            facts.add("Beslut: " + (p.decidedBy == null ? "" : p.decidedBy + " ") + (p.decidedOn == null ? "" : p.decidedOn.toString())
                    + (p.caseNumber == null ? "" : ", diarienummer " + p.caseNumber) + ".");
        }
        if (p.kind == ProposalKind.STATEMENT) {
            facts.add("Avser " + base.label + " (version " + base.number + ").");
            return DocumentRenderer.statement(p.title, facts, p.statement == null ? Statement.empty() : p.statement);
        }
        facts.add("Jämfört med " + base.label + " (version " + base.number + ").");
        return DocumentRenderer.comparison(p.title, facts, trees.load(p.baseVersionId), trees.load(p.draftVersionId),
                new ArrayList<>(notesOf(p).values()), sdgNames());
    }

    @Transactional
    public ComparisonView compareVersions(UUID fromId, UUID toId) {
        PlanVersion from = access.requireReadableVersion(fromId);
        PlanVersion to = access.requireReadableVersion(toId);
        requireSamePlan(from, to);
        return new ComparisonView(null, VersionView.of(from), VersionView.of(to), VersionComparison.compare(trees.load(from.id), trees.load(to.id)));
    }

    @Transactional
    public String versionDocument(UUID fromId, UUID toId) {
        PlanVersion from = access.requireReadableVersion(fromId);
        PlanVersion to = access.requireReadableVersion(toId);
        requireSamePlan(from, to);
        String title = "Jämförelse av " + from.label + " och " + to.label;
        List<String> facts = List.of("Från version " + from.number + " (" + from.label + ", " + swedish(from) + ") till version "
                + to.number + " (" + to.label + ", " + swedish(to) + ").");
        return DocumentRenderer.comparison(title, facts, trees.load(from.id), trees.load(to.id), List.of(), sdgNames());
    }

    /** Revisions on the same base side by side, and the items where they conflict. */
    @Transactional
    public ProposalComparisonView compareProposals(List<UUID> ids) {
        if (ids.size() < 2 || ids.size() > 10 || new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("ids", "must name 2 to 10 different proposals");
        }
        List<Proposal> proposals = ids.stream().map(access::readable).toList();
        Proposal first = proposals.get(0);
        for (Proposal p : proposals) {
            if (p.kind != ProposalKind.REVISION || !p.baseVersionId.equals(first.baseVersionId)) {
                throw ApiException.invalid("ids", "must be revisions of the same base version (" + p.key + " is not)");
            }
        }
        Map<UUID, List<Change>> changes = new LinkedHashMap<>();
        proposals.forEach(p -> changes.put(p.id, changesOf(p)));
        Map<String, ComparedItem> items = new LinkedHashMap<>();
        changes.forEach((id, list) -> list.forEach(c -> items.computeIfAbsent(c.identity(),
                k -> new ComparedItem(c.itemKind(), c.itemKey(), c.title(), new ArrayList<>())).changes().add(new ProposalChange(id, c))));
        Map<String, ConflictView> conflicts = new LinkedHashMap<>();
        for (int i = 0; i < proposals.size(); i++) {
            for (int j = i + 1; j < proposals.size(); j++) {
                UUID a = proposals.get(i).id;
                UUID b = proposals.get(j).id;
                for (Conflict c : VersionComparison.conflicts(changes.get(a), changes.get(b))) {
                    ConflictView view = conflicts.computeIfAbsent(c.itemKind().code() + "|" + c.itemKey(),
                            k -> new ConflictView(c.itemKind(), c.itemKey(), c.title(), new ArrayList<>(), c.reason()));
                    if (!view.proposalIds().contains(a)) {
                        view.proposalIds().add(a);
                    }
                    if (!view.proposalIds().contains(b)) {
                        view.proposalIds().add(b);
                    }
                }
            }
        }
        return new ProposalComparisonView(VersionView.of(PlanVersion.require(first.baseVersionId)),
                proposals.stream().map(p -> view(p, false)).toList(), List.copyOf(items.values()), List.copyOf(conflicts.values()));
    }

    // ---------------------------------------------------------------- writes

    @Transactional
    public Proposal create(ProposalInput input) {
        Plan plan = Plan.findById(input.planId());
        if (plan == null) {
            throw ApiException.notFound("Plan", input.planId());
        }
        AuthorKind authorKind;
        String group;
        if (access.isPlanner()) {
            authorKind = input.authorKind() != null ? input.authorKind()
                    : input.authorGroup() != null ? AuthorKind.PARTY_GROUP : AuthorKind.CENTRAL_OFFICE;
            group = input.authorGroup();
            if (authorKind == AuthorKind.PARTY_GROUP && group == null) {
                throw ApiException.invalid("authorGroup", "must name the party group");
            }
            if (authorKind == AuthorKind.CENTRAL_OFFICE && group != null) {
                throw ApiException.invalid("authorGroup", "must be absent for a proposal of the central office");
            }
        } else {
            Set<String> groups = user.partyGroups();
            if (groups.isEmpty()) {
                throw ApiException.forbidden("Only planners, admins and members of a party group write proposals");
            }
            if (input.authorKind() == AuthorKind.CENTRAL_OFFICE) {
                throw ApiException.forbidden("Only planners and admins write proposals of the central office");
            }
            authorKind = AuthorKind.PARTY_GROUP;
            if (input.authorGroup() != null) {
                if (!groups.contains(input.authorGroup())) {
                    throw ApiException.forbidden("You write proposals of your own party group only (" + String.join(", ", groups) + ")");
                }
                group = input.authorGroup();
            } else if (groups.size() == 1) {
                group = groups.iterator().next();
            } else {
                throw ApiException.invalid("authorGroup", "must name one of your party groups: " + String.join(", ", groups));
            }
        }
        PlanVersion base = PlanVersion.current(plan.id);
        if (base == null) {
            throw ApiException.conflict("no-adopted-version", "The plan has no adopted version to propose changes to");
        }
        if (input.kind() == ProposalKind.REVISION && input.statement() != null) {
            throw ApiException.invalid("statement", "only a statement has a text of its own; a revision's changes are made in its working copy");
        }
        String name = input.authorName() != null && !input.authorName().isBlank() ? input.authorName().strip()
                : group != null ? group : CENTRAL_OFFICE;
        Proposal p = newProposal(plan, Keys.unique(input.title(), keysOf(plan.id)), input.title().strip(), input.kind(), authorKind, group,
                name, base, input.kind() == ProposalKind.STATEMENT ? (input.statement() == null ? Statement.empty() : input.statement()) : null);
        audit.record("proposal.create", "proposal", p.id, null, view(p, false));
        return p;
    }

    /**
     * A proposal as an import finds it in a document (status given, notes included); the caller audits the import.
     * A revision's working copy exists already.
     */
    @Transactional
    public Proposal record(Plan plan, String key, String title, ProposalKind kind, AuthorKind authorKind, String group, String name,
            PlanVersion base, PlanVersion draft, Statement statement, ProposalStatus status, List<NoteView> notes) {
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.planId = plan.id;
        p.key = key;
        p.title = title;
        p.kind = kind;
        p.status = status;
        p.authorKind = authorKind;
        p.authorGroup = group;
        p.authorName = name;
        p.baseVersionId = base.id;
        p.draftVersionId = draft == null ? null : draft.id;
        p.statement = statement;
        p.createdBy = user.isAnonymous() ? AuditLog.SYSTEM : user.name();
        p.createdAt = OffsetDateTime.now();
        p.submittedAt = status == ProposalStatus.DRAFT ? null : p.createdAt;
        p.persist();
        for (NoteView n : notes) {
            saveNote(p, n.itemKind(), n.itemKey(), n.comment(), n.motivation(), n.uncertain(), n.note());
        }
        audit.record("proposal.import", "proposal", p.id, null, view(p, false));
        return p;
    }

    private Proposal newProposal(Plan plan, String key, String title, ProposalKind kind, AuthorKind authorKind, String group,
            String name, PlanVersion base, Statement statement) {
        PlanVersion draft = kind == ProposalKind.REVISION ? versions.createDraft(plan.id, base.id, title) : null;
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.planId = plan.id;
        p.key = key;
        p.title = title;
        p.kind = kind;
        p.status = ProposalStatus.DRAFT;
        p.authorKind = authorKind;
        p.authorGroup = group;
        p.authorName = name;
        p.baseVersionId = base.id;
        p.draftVersionId = draft == null ? null : draft.id;
        p.statement = statement;
        p.createdBy = user.name();
        p.createdAt = OffsetDateTime.now();
        p.persist();
        return p;
    }

    @Transactional
    public Proposal update(UUID id, ProposalUpdate input) {
        Proposal p = editableDraft(id);
        if (p.kind == ProposalKind.REVISION && input.statement() != null) {
            throw ApiException.invalid("statement", "only a statement has a text of its own");
        }
        ProposalView before = view(p, false);
        p.title = input.title().strip();
        if (p.kind == ProposalKind.STATEMENT && input.statement() != null) {
            p.statement = input.statement();
        }
        audit.record("proposal.update", "proposal", p.id, before, view(p, false));
        return p;
    }

    @Transactional
    public NoteView putNote(UUID id, String kindCode, String itemKey, NoteInput input) {
        ItemKind kind = ItemKind.ofCode(kindCode);
        if (kind == null) {
            throw ApiException.invalid("itemKind", "must be one of section, target_area, goal, goal_text, sdg, indicator");
        }
        Proposal p = editableDraft(id);
        if (p.kind == ProposalKind.STATEMENT) {
            throw ApiException.conflict("proposal-statement", "A statement has no items to comment on");
        }
        if (!itemKeys(trees.load(p.baseVersionId), kind).contains(itemKey) && !itemKeys(trees.load(p.draftVersionId), kind).contains(itemKey)) {
            throw ApiException.invalid("itemKey", "no " + kind.code() + " '" + itemKey + "' in the proposal's base version or working copy");
        }
        ProposalNote existing = ProposalNote.findById(new ProposalNote.NoteId(p.id, kind, itemKey));
        NoteView before = existing == null ? null : existing.view();
        NoteView after = saveNote(p, kind, itemKey, blankToNull(input.comment()), blankToNull(input.motivation()),
                Boolean.TRUE.equals(input.uncertain()), blankToNull(input.note()));
        audit.record("proposal.note", "proposal", p.id, before, after);
        return after;
    }

    private static NoteView saveNote(Proposal p, ItemKind kind, String key, String comment, String motivation, boolean uncertain, String note) {
        ProposalNote row = ProposalNote.findById(new ProposalNote.NoteId(p.id, kind, key));
        boolean empty = comment == null && motivation == null && !uncertain && note == null;
        if (empty) {
            if (row != null) {
                row.delete();
            }
            return new NoteView(kind, key, null, null, false, null);
        }
        if (row == null) {
            row = new ProposalNote();
            row.id = new ProposalNote.NoteId(p.id, kind, key);
        }
        row.comment = comment;
        row.motivation = motivation;
        row.uncertain = uncertain;
        row.note = note;
        row.persist();
        return row.view();
    }

    @Transactional
    public Proposal submit(UUID id) {
        Proposal p = editableDraft(id);
        ProposalView before = view(p, false);
        p.status = ProposalStatus.SUBMITTED;
        p.submittedAt = OffsetDateTime.now();
        audit.record("proposal.submit", "proposal", p.id, before, view(p, false));
        return p;
    }

    @Transactional
    public Proposal withdraw(UUID id) {
        Proposal p = access.readable(id);
        access.requireWriter(p);
        if (p.status != ProposalStatus.DRAFT && p.status != ProposalStatus.SUBMITTED) {
            throw ApiException.conflict("proposal-decided", "The proposal is " + p.status.code() + " and can no longer be withdrawn");
        }
        ProposalView before = view(p, false);
        p.status = ProposalStatus.WITHDRAWN;
        audit.record("proposal.withdraw", "proposal", p.id, before, view(p, false));
        return p;
    }

    @Transactional
    public Proposal reject(UUID id, RejectionInput decision) {
        Proposal p = access.readable(id);
        requireSubmitted(p);
        ProposalView before = view(p, false);
        p.status = ProposalStatus.REJECTED;
        if (decision != null) {
            p.decidedOn = decision.decidedOn();
            p.decidedBy = blankToNull(decision.decidedBy());
            p.caseNumber = blankToNull(decision.caseNumber());
        }
        audit.record("proposal.reject", "proposal", p.id, before, view(p, false));
        return p;
    }

    /**
     * Adopts a submitted revision in one transaction. When its base is still the version in force, its working copy is
     * adopted as it is; otherwise its changes are applied to a copy of the version in force (rebased), unless that
     * version changed the same items differently (409 naming them). The decision is recorded on the proposal and on
     * the version; the adoption announces every goal change and the adopted version.
     */
    @Transactional
    public Proposal adopt(UUID id, AdoptionInput decision) {
        Proposal p = access.readable(id);
        if (p.kind != ProposalKind.REVISION) {
            throw ApiException.conflict("proposal-statement", "A statement changes nothing in the plan and cannot be adopted");
        }
        // one adoption of a plan at a time: the version in force read here stays in force until this one commits
        Plan.findById(p.planId, LockModeType.PESSIMISTIC_WRITE);
        Proposal.getEntityManager().refresh(p, LockModeType.PESSIMISTIC_WRITE);
        requireSubmitted(p);
        ProposalView before = view(p, false);
        PlanVersion draft = PlanVersion.require(p.draftVersionId);
        PlanVersion current = PlanVersion.current(p.planId);
        PlanVersion adopted;
        if (current == null || current.id.equals(p.baseVersionId)) {
            adopted = versions.adopt(draft.id, decision);
        } else {
            PlanTree base = trees.load(p.baseVersionId);
            PlanTree now = trees.load(current.id);
            List<Change> ours = VersionComparison.compare(base, trees.load(draft.id));
            List<Conflict> conflicts = VersionComparison.conflicts(ours, VersionComparison.compare(base, now));
            if (!conflicts.isEmpty()) {
                PlanVersion baseVersion = PlanVersion.require(p.baseVersionId);
                Conflict c = conflicts.get(0);
                throw new ApiException(409, "proposal-conflict", "Conflict", "The proposal cannot be adopted: version " + current.number
                        + " (" + current.label + "), adopted since its base version " + baseVersion.number + ", changes the same "
                        + describe(c) + " (" + conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s") + " in all)",
                        conflicts.stream().map(x -> new Problem.FieldError(x.itemKind().code() + ":" + x.itemKey(), x.title() + ": " + x.reason())).toList());
            }
            PlanVersion rebased = versions.newVersion(Plan.findById(p.planId), draft.label, current.id);
            trees.write(VersionComparison.apply(now, ours), rebased.id);
            audit.record("version.rebase", "plan_version", rebased.id, null, Map.of("proposal", p.id, "workingCopy", draft.id,
                    "base", p.baseVersionId, "onto", current.id, "changes", ours.size()));
            adopted = versions.adopt(rebased.id, decision);
        }
        p.status = ProposalStatus.ADOPTED;
        p.decidedOn = adopted.decidedOn;
        p.decidedBy = adopted.decidedBy;
        p.caseNumber = adopted.caseNumber;
        p.adoptedVersionId = adopted.id;
        audit.record("proposal.adopt", "proposal", p.id, before, view(p, false));
        return p;
    }

    private static String describe(Conflict c) {
        String what = switch (c.itemKind()) {
            case SECTION -> "section";
            case TARGET_AREA -> "target area";
            case GOAL -> "goal";
            case GOAL_TEXT -> "description of the goal";
            case SDG -> "SDG link";
            case INDICATOR -> "indicator";
        };
        return what + " '" + c.title() + "' (" + c.itemKey() + "): " + c.reason();
    }

    // ---------------------------------------------------------------- helpers

    private Proposal editableDraft(UUID id) {
        Proposal p = access.readable(id);
        access.requireWriter(p);
        if (p.status != ProposalStatus.DRAFT) {
            throw ApiException.conflict("proposal-not-draft", "The proposal is " + p.status.code() + ": only drafts are edited or submitted");
        }
        return p;
    }

    private static void requireSubmitted(Proposal p) {
        if (p.status != ProposalStatus.SUBMITTED) {
            throw ApiException.conflict("proposal-not-submitted", "The proposal is " + p.status.code() + ": only submitted proposals are decided on");
        }
    }

    private static void requireSamePlan(PlanVersion from, PlanVersion to) {
        if (!from.planId.equals(to.planId)) {
            throw ApiException.invalid("to", "must be a version of the same plan as 'from'");
        }
    }

    private Map<String, NoteView> notesOf(Proposal p) {
        return ProposalNote.ofProposal(p.id).stream().map(ProposalNote::view)
                .collect(Collectors.toMap(NoteView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Map<Integer, String> sdgNames() {
        return sdgs.all().stream().collect(Collectors.toMap(SdgView::number, SdgView::name));
    }

    private static Set<String> keysOf(UUID planId) {
        return Proposal.<Proposal>list("planId", planId).stream().map(p -> p.key).collect(Collectors.toSet());
    }

    /** The keys of one kind of item in a version. */
    static Set<String> itemKeys(PlanTree tree, ItemKind kind) {
        Set<String> keys = new HashSet<>();
        switch (kind) {
            case SECTION -> tree.sections().forEach(s -> keys.add(s.key()));
            case TARGET_AREA -> tree.targetAreas().forEach(a -> keys.add(a.key()));
            default -> tree.targetAreas().forEach(a -> a.goals().forEach(g -> {
                switch (kind) {
                    case SDG -> g.sdgs().forEach(n -> keys.add(ItemKind.subKey(g.key(), n)));
                    case INDICATOR -> g.indicators().forEach(i -> keys.add(ItemKind.subKey(g.key(), i.indicatorId())));
                    default -> keys.add(g.key());
                }
            }));
        }
        return keys;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String swedish(ProposalStatus status) {
        return switch (status) {
            case DRAFT -> "utkast";
            case SUBMITTED -> "inlämnat";
            case ADOPTED -> "antaget";
            case REJECTED -> "avslaget";
            case WITHDRAWN -> "återkallat";
        };
    }

    private static String swedish(PlanVersion version) {
        return version.isAdopted() ? "antagen" + (version.decidedOn == null ? "" : " " + version.decidedOn) : "utkast";
    }
}
