package se.styrplan.plan.search;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.proposal.ProposalAccess;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

@Path("/api/plan/versions/{versionId}/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@SecurityRequirement(name = "keycloak")
public class SearchResource {

    @Inject
    ProposalAccess access;

    @Inject
    PlanSearch search;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional
    @Operation(operationId = "searchVersion", summary = "Search a version's goals and indicators",
            description = "Matches goal titles and descriptions and indicator lines, ignoring case and diacritics (\"miljobilar\" finds \"Miljöbilar\").")
    @APIResponse(responseCode = "200", description = "One page of hits, in the plan's order")
    @ProblemResponses.BadRequest
    @ProblemResponses.Authenticated
    @ProblemResponses.NotFound
    public Page<SearchHit> search(@PathParam("versionId") UUID versionId,
            @Parameter(description = "Text to find", example = "bostäder") @QueryParam("q") @NotBlank @Size(max = 200) String q,
            @Valid @BeanParam Paging paging) {
        access.requireReadableVersion(versionId);
        return search.search(versionId, q.strip(), paging);
    }
}
