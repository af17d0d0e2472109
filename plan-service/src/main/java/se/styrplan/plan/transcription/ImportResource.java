package se.styrplan.plan.transcription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

@Path("/api/plan/imports/transcription")
@Tag(name = "Imports", description = "Loading plans from structured transcriptions of plan documents")
@SecurityRequirement(name = "keycloak")
public class ImportResource {

    @Inject
    TranscriptionImporter importer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "importTranscription", summary = "Import a transcribed plan document",
            description = "Creates the plan (if new), its base version (adopted) and the document's proposals, as submitted: a revision as a draft version "
                    + "with the proposed text (its working copy) and the document's comments, motivations and uncertain readings as notes; a statement with "
                    + "its text. The format is that of deploy/seed/karlstad-strategisk-plan.schema.json. Idempotent: importing the same document again changes nothing.")
    @APIResponse(responseCode = "201", description = "The base version was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "200", description = "The base version existed already; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Authenticated
    public Response importTranscription(@Valid @NotNull Transcription transcription) {
        ImportResult result = importer.importDocument(transcription);
        return Response.status("created".equals(result.status()) ? 201 : 200).entity(result).build();
    }
}
