package se.styrplan.plan.publicapi;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.version.Plan;
import se.styrplan.plan.version.PlanVersion;
import se.styrplan.plan.version.VersionStatus;
import se.styrplan.plan.version.VersionTrees;
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

    @Inject
    VersionTrees trees;

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
    @APIResponse(responseCode = "200", description = "The version tree")
    @ProblemResponses.NotFound
    public VersionTree current(@PathParam("planId") UUID planId) {
        return trees.currentTree(planId);
    }

    @GET
    @Path("versions/{versionId}/tree")
    @Operation(operationId = "getPublicVersionTree", summary = "Read an adopted version as one tree")
    @APIResponse(responseCode = "200", description = "The version tree")
    @ProblemResponses.NotFound
    public VersionTree tree(@PathParam("versionId") UUID versionId) {
        return trees.adoptedTree(versionId);
    }
}
