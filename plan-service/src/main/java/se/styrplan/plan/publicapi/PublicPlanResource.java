package se.styrplan.plan.publicapi;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.version.Plan;
import se.styrplan.plan.version.PlanVersion;
import se.styrplan.plan.version.VersionStatus;
import se.styrplan.plan.version.TreeResponses;
import se.styrplan.plan.version.VersionViews.PlanView;
import se.styrplan.plan.version.VersionViews.VersionTree;
import se.styrplan.plan.version.VersionViews.VersionView;
import se.styrplan.platform.problem.ProblemResponses;

/** Adopted versions are public records: anyone may read them without logging in. Drafts never appear here. */
@Path("/public/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public plan", description = "Adopted plans and reference data, readable without login")
@PermitAll
@Transactional
public class PublicPlanResource {

    /** The trees come ready from memory, without a transaction, in the common case (TreeResponses). */
    @Inject
    TreeResponses trees;

    @GET
    @Path("plans")
    @Operation(operationId = "listPublicPlans", summary = "List plans that have an adopted version")
    @APIResponse(responseCode = "200", description = "The plans")
    public List<PlanView> plans() {
        return Plan.<Plan>listAll().stream().map(PlanView::of).filter(p -> p.currentVersionId() != null).toList();
    }

    @GET
    @Path("plans/{planId}/versions")
    @Operation(operationId = "listPublicPlanVersions", summary = "List a plan's adopted versions")
    @APIResponse(responseCode = "200", description = "The adopted versions, oldest first")
    public List<VersionView> versions(@PathParam("planId") UUID planId) {
        return PlanVersion.<PlanVersion>list("planId = ?1 and status = ?2 order by number", planId, VersionStatus.ADOPTED)
                .stream().map(VersionView::of).toList();
    }

    @GET
    @Path("plans/{planId}/current")
    @Operation(operationId = "getPublicCurrentPlan", summary = "Read the plan in force", description = "The newest adopted version, as one tree.")
    @APIResponse(responseCode = "200", description = "The version tree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionTree.class)))
    @ProblemResponses.NotFound
    @Transactional(TxType.SUPPORTS)
    public Response current(@PathParam("planId") UUID planId, @Context HttpHeaders request) {
        return trees.currentTree(planId, request);
    }

    @GET
    @Path("versions/{versionId}/tree")
    @Operation(operationId = "getPublicVersionTree", summary = "Read an adopted version as one tree")
    @APIResponse(responseCode = "200", description = "The version tree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionTree.class)))
    @ProblemResponses.NotFound
    @Transactional(TxType.SUPPORTS)
    public Response tree(@PathParam("versionId") UUID versionId, @Context HttpHeaders request) {
        return trees.adoptedTree(versionId, request);
    }
}
