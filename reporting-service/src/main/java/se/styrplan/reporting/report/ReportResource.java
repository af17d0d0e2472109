package se.styrplan.reporting.report;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/**
 * The yearly follow-up, one goal and one SDG, each as accessible HTML, tagged PDF, XLSX or CSV, all made from the
 * same {@link ReportDocument}.
 */
@Path("/api/reports/follow-up")
@Tag(name = "Reports", description = "The yearly follow-up as HTML, PDF, XLSX and CSV")
@SecurityRequirement(name = "keycloak")
@ProblemResponses.Authenticated
@RolesAllowed(Roles.VIEWER)
public class ReportResource {

    static final String FORMATS = "html|pdf|xlsx|csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportAssembler assembler;

    @Inject
    HtmlReport html;

    @Inject
    PdfReport pdf;

    @Inject
    XlsxReport xlsx;

    @Inject
    CsvReport csv;

    @GET
    @Path("plans/{planId}")
    @Produces({ "text/html", "application/pdf", XLSX, "text/csv" })
    @Operation(operationId = "planFollowUpReport", summary = "The yearly follow-up of a plan",
            description = "Target area → goal → indicators of the plan's version in force: statuses, trend, target, forecast, "
                    + "the comparison set's median and Riket, the gender split, the owners' assessments and analyses, and "
                    + "\"Källa: Kolada\" where it applies.")
    @APIResponse(responseCode = "200", description = "The report, with a Content-Disposition file name")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Response plan(@PathParam("planId") UUID planId, @QueryParam("year") @Min(1990) @Max(2100)
            @Parameter(description = "The follow-up year; default the latest year whose values are due") Integer year,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = FORMATS, message = "must be html, pdf, xlsx or csv")
            @Parameter(description = "html, pdf, xlsx or csv") String format) {
        return respond(assembler.plan(planId, year(year)), format);
    }

    @GET
    @Path("goals/{goalId}")
    @Produces({ "text/html", "application/pdf", XLSX, "text/csv" })
    @Operation(operationId = "goalFollowUpReport", summary = "The follow-up of one goal")
    @APIResponse(responseCode = "200", description = "The report, with a Content-Disposition file name")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Response goal(@PathParam("goalId") UUID goalId, @QueryParam("year") @Min(1990) @Max(2100) Integer year,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = FORMATS, message = "must be html, pdf, xlsx or csv") String format) {
        return respond(assembler.goal(goalId, year(year)), format);
    }

    @GET
    @Path("sdgs/{sdg}")
    @Produces({ "text/html", "application/pdf", XLSX, "text/csv" })
    @Operation(operationId = "sdgFollowUpReport", summary = "The follow-up of the goals linked to one Agenda 2030 goal")
    @APIResponse(responseCode = "200", description = "The report, with a Content-Disposition file name")
    @ProblemResponses.BadRequest
    public Response sdg(@PathParam("sdg") @Min(1) @Max(17) int sdg, @QueryParam("year") @Min(1990) @Max(2100) Integer year,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = FORMATS, message = "must be html, pdf, xlsx or csv") String format) {
        return respond(assembler.sdg(sdg, year(year)), format);
    }

    private int year(Integer year) {
        return year == null ? assembler.defaultYear() : year;
    }

    private Response respond(ReportDocument report, String format) {
        return switch (format) {
            case "pdf" -> file(pdf.render(report), "application/pdf", report.fileName() + ".pdf", "attachment");
            case "xlsx" -> file(xlsx.render(report), XLSX, report.fileName() + ".xlsx", "attachment");
            case "csv" -> file(csv.render(report).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", report.fileName() + ".csv",
                    "attachment");
            default -> file(html.render(report).getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", report.fileName() + ".html",
                    "inline");
        };
    }

    /** The file name is ASCII by construction ({@link ReportAssembler#slug}), so it needs no RFC 5987 encoding. */
    private static Response file(byte[] body, String type, String fileName, String disposition) {
        return Response.ok(body, type).header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"").build();
    }
}
