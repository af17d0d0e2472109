package se.styrplan.plan.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.plan.structure.StructureInputs.SectionInput;
import se.styrplan.platform.audit.AuditLog;
import se.styrplan.platform.problem.ApiException;

/** Creates, edits, reorders and removes the introduction sections of draft versions. */
@ApplicationScoped
public class SectionService {

    @Inject
    AuditLog audit;

    /** Who may edit which draft: planners any, a party group its own proposal's working copy. */
    @Inject
    ProposalAccess drafts;

    @Inject
    StructureMapper mapper;

    @Transactional
    public Section create(UUID versionId, SectionInput input) {
        drafts.requireEditableVersion(versionId);
        List<Section> existing = Section.ofVersion(versionId);
        Section section = new Section();
        section.id = UUID.randomUUID();
        section.versionId = versionId;
        section.key = Keys.unique(input.title(), existing.stream().map(s -> s.key).collect(Collectors.toSet()));
        section.position = existing.size();
        apply(section, input);
        section.persist();
        audit.record("section.create", "section", section.id, null, mapper.view(section));
        return section;
    }

    @Transactional
    public Section update(UUID id, SectionInput input) {
        Section section = requireDraftSection(id);
        var before = mapper.view(section);
        apply(section, input);
        var after = mapper.view(section);
        if (!before.equals(after)) {
            audit.record("section.update", "section", id, before, after);
        }
        return section;
    }

    @Transactional
    public void reorder(UUID versionId, List<UUID> ids) {
        drafts.requireEditableVersion(versionId);
        List<Section> sections = Section.ofVersion(versionId);
        List<UUID> before = sections.stream().map(item -> item.id).toList();
        Ordering.apply(sections, ids);
        audit.record("section.reorder", "plan_version", versionId, before, ids);
    }

    @Transactional
    public void remove(UUID id) {
        Section section = requireDraftSection(id);
        var removed = mapper.view(section);
        section.delete();
        List<Section> rest = new ArrayList<>(Section.ofVersion(section.versionId));
        rest.removeIf(s -> s.id.equals(id));
        VersionItem.renumber(rest);
        audit.record("section.remove", "section", id, removed, null);
    }

    private static void apply(Section section, SectionInput input) {
        section.title = input.title().strip();
        section.blocks = input.blocks() == null ? new ArrayList<>() : new ArrayList<>(input.blocks());
    }

    private Section requireDraftSection(UUID id) {
        Section section = Section.findById(id);
        if (section == null) {
            throw ApiException.notFound("Section", id);
        }
        drafts.requireEditableVersion(section.versionId);
        return section;
    }
}
