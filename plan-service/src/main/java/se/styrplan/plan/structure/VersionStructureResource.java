package se.styrplan.plan.structure;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.plan.structure.StructureInputs.OrderInput;
import se.styrplan.plan.structure.StructureInputs.SectionInput;
import se.styrplan.plan.structure.StructureInputs.TargetAreaInput;
import se.styrplan.plan.structure.StructureViews.GoalView;
import se.styrplan.plan.structure.StructureViews.SectionView;
import se.styrplan.plan.structure.StructureViews.TargetAreaView;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/** A version's lists: its sections, target areas and goals. */
@Path("/api/plan/versions/{versionId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan structure", description = "Sections, target areas and goals of a plan version. Only drafts are editable: by planners "
        + "and admins, and a proposal's working copy also by its party group while the proposal is a draft")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@Transactional
@ProblemResponses.NotFound
public class VersionStructureResource {

    @Inject
    ProposalAccess access;

    @Inject
    SectionService sections;

    @Inject
    TargetAreaService areas;

    @Inject
    StructureMapper mapper;

    @GET
    @Path("sections")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listSections", summary = "List a version's introduction sections")
    @APIResponse(responseCode = "200", description = "The sections in order")
    public List<SectionView> sections(@PathParam("versionId") UUID versionId) {
        access.requireReadableVersion(versionId);
        return Section.ofVersion(versionId).stream().map(mapper::view).toList();
    }

    @POST
    @Path("sections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "createSection", summary = "Add an introduction section to a draft", description = "Added last; reorder to move it.")
    @APIResponse(responseCode = "201", description = "The new section",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public Response createSection(@PathParam("versionId") UUID versionId, @Valid @NotNull SectionInput input) {
        Section section = sections.create(versionId, input);
        return Response.created(URI.create("/api/plan/sections/" + section.id)).entity(mapper.view(section)).build();
    }

    @PUT
    @Path("sections/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "reorderSections", summary = "Reorder a draft's sections")
    @APIResponse(responseCode = "204", description = "Reordered")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public void reorderSections(@PathParam("versionId") UUID versionId, @Valid @NotNull OrderInput order) {
        sections.reorder(versionId, order.ids());
    }

    @GET
    @Path("target-areas")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listTargetAreas", summary = "List a version's target areas")
    @APIResponse(responseCode = "200", description = "The target areas in order")
    public List<TargetAreaView> targetAreas(@PathParam("versionId") UUID versionId) {
        access.requireReadableVersion(versionId);
        return TargetArea.ofVersion(versionId).stream().map(mapper::view).toList();
    }

    @POST
    @Path("target-areas")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "createTargetArea", summary = "Add a target area to a draft", description = "Added last; reorder to move it.")
    @APIResponse(responseCode = "201", description = "The new target area",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetAreaView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public Response createTargetArea(@PathParam("versionId") UUID versionId, @Valid @NotNull TargetAreaInput input) {
        TargetArea area = areas.create(versionId, input);
        return Response.created(URI.create("/api/plan/target-areas/" + area.id)).entity(mapper.view(area)).build();
    }

    @PUT
    @Path("target-areas/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER) // planners any draft, a party group its own proposal's: ProposalAccess
    @Operation(operationId = "reorderTargetAreas", summary = "Reorder a draft's target areas")
    @APIResponse(responseCode = "204", description = "Reordered")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public void reorderTargetAreas(@PathParam("versionId") UUID versionId, @Valid @NotNull OrderInput order) {
        areas.reorder(versionId, order.ids());
    }

    @GET
    @Path("goals")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listGoals", summary = "List a version's goals",
            description = "In the plan's order; filter by Agenda 2030 goal to see which goals contribute to it.")
    @APIResponse(responseCode = "200", description = "One page of goals")
    @ProblemResponses.BadRequest
    public Page<GoalView> goals(@PathParam("versionId") UUID versionId,
            @Parameter(description = "Only goals linked to this SDG (1–17)", example = "11")
            @QueryParam("sdg") @Min(1) @Max(17) Integer sdg,
            @Valid @BeanParam Paging paging) {
        access.requireReadableVersion(versionId);
        String where = " from Goal g, TargetArea a where a.id = g.targetAreaId and g.versionId = :version"
                + (sdg == null ? "" : " and :sdg member of g.sdgs");
        var em = Goal.getEntityManager();
        var query = em.createQuery("select g" + where + " order by a.position, g.position", Goal.class)
                .setParameter("version", versionId).setFirstResult(paging.offset()).setMaxResults(paging.size());
        var count = em.createQuery("select count(g)" + where, Long.class).setParameter("version", versionId);
        if (sdg != null) {
            query.setParameter("sdg", sdg);
            count.setParameter("sdg", sdg);
        }
        List<GoalView> goals = query.getResultList().stream().map(mapper::view).toList();
        return Page.of(goals, paging, count.getSingleResult());
    }
}
