package se.styrplan.plan.proposal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.plan.proposal.ProposalViews.ComparisonView;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** Any version of a plan compared with any other, as structured changes or as a marked-up document. */
@Path("/api/plan/versions/compare")
@Tag(name = "Plans")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@ProblemResponses.BadRequest
@ProblemResponses.NotFound
@Transactional
public class VersionComparisonResource {

    @Inject
    ProposalService proposals;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ProposalResource.HTML })
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "compareVersions", summary = "Compare two versions of a plan",
            description = "The changes from `from` to `to` by stable item key (JSON), or, with `Accept: text/html`, the marked-up document.")
    @APIResponse(responseCode = "200", description = "The changes, or the document", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonView.class)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)) })
    public Response compare(
            @Parameter(description = "The earlier version", required = true) @QueryParam("from") @NotNull UUID from,
            @Parameter(description = "The later version", required = true) @QueryParam("to") @NotNull UUID to,
            @Context HttpHeaders headers) {
        if (prefersHtml(headers)) {
            return Response.ok(proposals.versionDocument(from, to), ProposalResource.HTML).build();
        }
        return Response.ok(proposals.compareVersions(from, to), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("document")
    @Produces(ProposalResource.HTML)
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getVersionComparisonDocument", summary = "Two versions of a plan as a marked-up document",
            description = "The later version, with what changed since the earlier one marked as in the source documents: the colour legend, "
                    + "new text in <ins>, removed text in <del>.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public String document(
            @Parameter(description = "The earlier version", required = true) @QueryParam("from") @NotNull UUID from,
            @Parameter(description = "The later version", required = true) @QueryParam("to") @NotNull UUID to) {
        return proposals.versionDocument(from, to);
    }

    /** HTML when the caller ranks it above JSON (browsers do); JSON otherwise. */
    static boolean prefersHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
