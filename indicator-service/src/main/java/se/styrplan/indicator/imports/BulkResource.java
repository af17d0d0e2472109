package se.styrplan.indicator.imports;

import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import se.styrplan.indicator.measurement.MeasurementSource;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** The bulk API for other systems: many values of many indicators in one streamed CSV or NDJSON body. */
@Path("/api/indicators/bulk/values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk loads, file uploads, the Kolada sync and demo values, each a visible job")
@SecurityRequirement(name = "keycloak")
public class BulkResource {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";
    static final String TEMPLATE = "indicatorKey,areaCode,period,gender,value,status\n"
            + "befolkningsokning,1780,2024,T,1.2,final\n";

    @Inject
    BulkImporter importer;

    @POST
    @Consumes({ CSV, NDJSON })
    @RolesAllowed({ Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "bulkLoadValues", summary = "Load many values (CSV or NDJSON), streamed",
            description = "Records or corrects values of many indicators in one body, read as a stream (no size limit but the "
                    + "server's), in chunks of 50 000 rows. Columns (CSV header, any order; or NDJSON fields): indicatorKey or "
                    + "indicatorId, areaCode, period, gender (T, K, M; default T), value (empty/null exactly when the status "
                    + "is suppressed), status (final, preliminary, suppressed, synthetic; default final). CSV is UTF-8, comma "
                    + "or semicolon separated (with semicolons a decimal comma is accepted). "
                    + "Good rows are applied and bad rows reported: each refused row is listed with its line and reason under "
                    + "/api/indicators/imports/{id}/rejections; a key given twice counts once (the first line). A value equal "
                    + "to the stored one changes nothing; a changed one keeps its earlier state in the history. Each chunk is "
                    + "one transaction with one MeasurementsRecorded event per indicator it changed (none when nothing "
                    + "changed) and one audit entry. Editors may load values only of their own departments' indicators; "
                    + "other rows are refused. The response comes when the whole body is done: the job with its final "
                    + "counts (its progress is visible meanwhile under /api/indicators/imports).")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, example = TEMPLATE)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    example = "{\"indicatorKey\":\"befolkningsokning\",\"areaCode\":\"1780\",\"period\":\"2024\",\"value\":1.2}\n")) })
    @APIResponse(responseCode = "200", description = "The finished job: succeeded (possibly with rejected rows) or cancelled")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @APIResponse(responseCode = "413", description = "The body is larger than the server accepts")
    @APIResponse(responseCode = "415", description = "Neither text/csv nor application/x-ndjson")
    public RestResponse<ImportJobView> load(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length) {
        BulkImporter.Format format = contentType != null && contentType.toLowerCase().startsWith(NDJSON)
                ? BulkImporter.Format.NDJSON : BulkImporter.Format.CSV;
        ImportJobView job = importer.importBody(ImportKind.BULK, format, null, body, length, MeasurementSource.BULK);
        return RestResponse.ResponseBuilder.ok(job).location(URI.create(ImportResource.PATH + "/" + job.id())).build();
    }
}
