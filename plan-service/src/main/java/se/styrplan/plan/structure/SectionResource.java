package se.styrplan.plan.structure;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.plan.structure.StructureInputs.SectionInput;
import se.styrplan.plan.structure.StructureViews.SectionView;
import se.styrplan.plan.version.PlanVersion;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

@Path("/api/plan/sections/{sectionId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan structure")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@Transactional
@ProblemResponses.NotFound
public class SectionResource {

    @Inject
    ProposalAccess access;

    @Inject
    SectionService sections;

    @Inject
    StructureMapper mapper;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getSection", summary = "Read an introduction section")
    @APIResponse(responseCode = "200", description = "The section")
    public SectionView get(@PathParam("sectionId") UUID id) {
        Section section = Section.findById(id);
        if (section == null || !access.mayReadVersion(PlanVersion.require(section.versionId))) {
            throw ApiException.notFound("Section", id);
        }
        return mapper.view(section);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "updateSection", summary = "Edit a draft's section")
    @APIResponse(responseCode = "200", description = "The section as saved")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public SectionView update(@PathParam("sectionId") UUID id, @Valid @NotNull SectionInput input) {
        return mapper.view(sections.update(id, input));
    }

    @DELETE
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "removeSection", summary = "Remove a draft's section")
    @APIResponse(responseCode = "204", description = "Removed")
    @ProblemResponses.Conflict
    public void remove(@PathParam("sectionId") UUID id) {
        sections.remove(id);
    }
}
