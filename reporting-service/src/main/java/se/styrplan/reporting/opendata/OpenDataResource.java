package se.styrplan.reporting.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.reporting.opendata.OpenData.OpenGoal;
import se.styrplan.reporting.opendata.OpenData.OpenIndicator;
import se.styrplan.reporting.opendata.OpenData.OpenValue;

/**
 * Open data without login (the gateway proxies {@code /open-data/*} here, public): adopted goals and final values
 * as JSON and CSV, and their DCAT-AP-SE catalogue.
 */
@Path("/open-data")
@PermitAll
@Tag(name = "Open data", description = "Adopted goals and final values, without login; DCAT-AP-SE catalogue")
public class OpenDataResource {

    static final String[] CSV_HEADER = { "indikator_id", "indikator", "kolada_kpi", "omrade", "period", "kon", "varde", "kalla" };

    @Inject
    OpenData data;

    @Inject
    DcatCatalogue catalogue;

    @GET
    @Path("catalog.jsonld")
    @Produces("application/ld+json")
    @Operation(operationId = "openDataCatalogue", summary = "The DCAT-AP-SE catalogue of the open data (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public ObjectNode catalogue() {
        return catalogue.catalogue();
    }

    @GET
    @Path("indicators/{indicatorId}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openIndicatorJson", summary = "An indicator of an adopted goal with its final values")
    @APIResponse(responseCode = "200", description = "The indicator")
    @ProblemResponses.NotFound
    public OpenIndicator indicatorJson(@PathParam("indicatorId") UUID indicatorId) {
        return data.indicator(indicatorId);
    }

    @GET
    @Path("indicators/{indicatorId}.csv")
    @Produces("text/csv")
    @Operation(operationId = "openIndicatorCsv", summary = "An indicator's final values as CSV")
    @APIResponse(responseCode = "200", description = "The values")
    @ProblemResponses.NotFound
    public Response indicatorCsv(@PathParam("indicatorId") UUID indicatorId) {
        OpenIndicator indicator = data.indicator(indicatorId);
        return csv(write(new OpenIndicator[] { indicator }), "indikator-" + indicatorId + ".csv");
    }

    @GET
    @Path("plans/{planId}/goals/{goalKey}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openGoalJson", summary = "A goal of an adopted plan, its status and its indicators' final values",
            description = "Goals are addressed by their plan and key, which stay the same from version to version.")
    @APIResponse(responseCode = "200", description = "The goal")
    @ProblemResponses.NotFound
    public OpenGoal goalJson(@PathParam("planId") UUID planId, @PathParam("goalKey") @Size(max = 200) String goalKey) {
        return data.goal(planId, goalKey);
    }

    @GET
    @Path("plans/{planId}/goals/{goalKey}.csv")
    @Produces("text/csv")
    @Operation(operationId = "openGoalCsv", summary = "A goal's indicators' final values as CSV")
    @APIResponse(responseCode = "200", description = "The values")
    @ProblemResponses.NotFound
    public Response goalCsv(@PathParam("planId") UUID planId, @PathParam("goalKey") @Size(max = 200) String goalKey) {
        OpenGoal goal = data.goal(planId, goalKey);
        return csv(write(goal.indicators().toArray(OpenIndicator[]::new)), "mal-" + goal.goalId() + ".csv");
    }

    private static String write(OpenIndicator[] indicators) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (OpenIndicator i : indicators) {
                for (OpenValue v : i.values()) {
                    printer.printRecord(i.indicatorId(), i.title(), i.koladaKpiId(), v.areaCode(), v.period(), v.gender(),
                            v.value().toPlainString(), i.attribution());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Response csv(String body, String fileName) {
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
