package se.styrplan.indicator.imports;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

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

/** A CSV or XLSX file in the template, uploaded by a person: the bulk API's reading and rules, kept as a job of kind file. */
@Path("/api/indicators/imports/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@SecurityRequirement(name = "keycloak")
public class FileResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    BulkImporter importer;

    @POST
    @Consumes({ BulkResource.CSV, XLSX, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "uploadValuesFile", summary = "Upload a CSV or XLSX file of values",
            description = "The file as the raw request body, in the template of the bulk API (header indicatorKey or "
                    + "indicatorId, areaCode, period, gender, value, status). CSV: comma or semicolon separated, UTF-8, read "
                    + "as a stream. XLSX (" + XLSX + ", or application/octet-stream with a fileName ending in .xlsx): the "
                    + "first sheet, its first row the header; spooled to disk and read row by row; a numeric areaCode gets "
                    + "its leading zeros back. Good rows are applied and each bad row is listed with its line (the sheet's "
                    + "row number) and reason under /api/indicators/imports/{id}/rejections; the values' source is 'file'. "
                    + "The template: GET /api/indicators/imports/files/template.")
    @RequestBody(required = true, content = {
            @Content(mediaType = BulkResource.CSV, schema = @Schema(type = SchemaType.STRING, example = BulkResource.TEMPLATE)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "The finished job")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    public RestResponse<ImportJobView> upload(InputStream body,
            @Parameter(description = "The file's name, kept with the job", example = "indikatorer-2024.csv")
            @QueryParam("fileName") @Pattern(regexp = "^[^/\\\\\\p{Cntrl}]{1,200}$", message = "must be a file name") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length) {
        ImportJobView job = importer.importBody(ImportKind.FILE, format(contentType, fileName), fileName, body, length,
                MeasurementSource.FILE);
        return RestResponse.ResponseBuilder.ok(job).location(URI.create(ImportResource.PATH + "/" + job.id())).build();
    }

    /** XLSX by its media type, or by the file's name when a browser sends a generic one. */
    static BulkImporter.Format format(String contentType, String fileName) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean xlsx = type.startsWith(XLSX)
                || (type.startsWith(MediaType.APPLICATION_OCTET_STREAM) && fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
        return xlsx ? BulkImporter.Format.XLSX : BulkImporter.Format.CSV;
    }
}
