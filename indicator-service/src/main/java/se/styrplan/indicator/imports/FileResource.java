package se.styrplan.indicator.imports;

import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import se.styrplan.indicator.measurement.MeasurementSource;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** A CSV file in the template, uploaded by a person: the bulk API's reading and rules, kept as a job of kind file. */
@Path("/api/indicators/imports/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@SecurityRequirement(name = "keycloak")
public class FileResource {

    @Inject
    BulkImporter importer;

    @POST
    @Consumes({ BulkResource.CSV, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "uploadValuesFile", summary = "Upload a CSV file of values",
            description = "The file as the raw request body, in the template of the bulk API (header indicatorKey or "
                    + "indicatorId, areaCode, period, gender, value, status; comma or semicolon separated, UTF-8), read as a "
                    + "stream. Good rows are applied and each bad row is listed with its line and reason under "
                    + "/api/indicators/imports/{id}/rejections; the values' source is 'file'.")
    @RequestBody(required = true, content = @Content(mediaType = BulkResource.CSV,
            schema = @Schema(type = SchemaType.STRING, example = BulkResource.TEMPLATE)))
    @APIResponse(responseCode = "200", description = "The finished job")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    public RestResponse<ImportJobView> upload(InputStream body,
            @Parameter(description = "The file's name, kept with the job", example = "indikatorer-2024.csv")
            @QueryParam("fileName") @Pattern(regexp = "^[^/\\\\\\p{Cntrl}]{1,200}$", message = "must be a file name") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length) {
        ImportJobView job = importer.importBody(ImportKind.FILE, BulkImporter.Format.CSV, fileName, body, length, MeasurementSource.FILE);
        return RestResponse.ResponseBuilder.ok(job).location(URI.create(ImportResource.PATH + "/" + job.id())).build();
    }
}
