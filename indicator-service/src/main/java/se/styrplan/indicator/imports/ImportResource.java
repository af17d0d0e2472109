package se.styrplan.indicator.imports;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/** The import jobs: their status, counts and progress, the rows they refused, and cancelling one. */
@Path(ImportResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@SecurityRequirement(name = "keycloak")
public class ImportResource {

    static final String PATH = "/api/indicators/imports";
    private static final String ID_EXAMPLE = "3f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f";

    @Inject
    ImportJobs jobs;

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "listImportJobs", summary = "List import jobs", description = "Newest first, paged; optionally "
            + "only one kind or status.")
    @APIResponse(responseCode = "200", description = "One page of import jobs")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    public Page<ImportJobView> list(
            @Parameter(description = "Only jobs of this kind", schema = @Schema(implementation = ImportKind.class))
            @QueryParam("kind") @Pattern(regexp = ImportKind.CODES, message = "must be one of " + ImportKind.CODES) String kind,
            @Parameter(description = "Only jobs with this status", schema = @Schema(implementation = ImportStatus.class))
            @QueryParam("status") @Pattern(regexp = ImportStatus.CODES, message = "must be one of " + ImportStatus.CODES) String status,
            @Valid @BeanParam Paging paging) {
        return jobs.list(kind == null ? null : Coded.fromCode(ImportKind.class, kind),
                status == null ? null : Coded.fromCode(ImportStatus.class, status), paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "getImportJob", summary = "Get an import job", description = "Its status, counts and progress.")
    @APIResponse(responseCode = "200", description = "The job")
    @ProblemResponses.Authenticated
    @ProblemResponses.NotFound
    public ImportJobView get(@Parameter(description = "The job's id", example = ID_EXAMPLE) @PathParam("id") UUID id) {
        return jobs.get(id);
    }

    @GET
    @Path("{id}/rejections")
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "listImportRejections", summary = "List the rows an import refused",
            description = "By line, paged: each with its reason and an excerpt of the row.")
    @APIResponse(responseCode = "200", description = "One page of refused rows")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Page<RejectionView> rejections(@Parameter(description = "The job's id", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @BeanParam Paging paging) {
        return jobs.rejections(id, paging);
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "cancelImportJob", summary = "Cancel an import job",
            description = "The job's creator, a planner or an admin cancels a queued or running job. A running import stops "
                    + "before its next chunk: the chunk in progress and those before it stay applied (their counts still "
                    + "arrive on the job).")
    @APIResponse(responseCode = "200", description = "The job, now cancelled")
    @ProblemResponses.Authenticated
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public ImportJobView cancel(@Parameter(description = "The job's id", example = ID_EXAMPLE) @PathParam("id") UUID id) {
        return jobs.cancel(id);
    }
}
