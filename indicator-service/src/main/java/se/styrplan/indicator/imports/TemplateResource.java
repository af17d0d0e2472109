package se.styrplan.indicator.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** The upload template, as CSV or as an XLSX workbook with a sheet of instructions in Swedish. */
@Path("/api/indicators/imports/files/template")
@Tag(name = "Imports")
@SecurityRequirement(name = "keycloak")
public class TemplateResource {

    /** What each column means, in the words shown to an indicator owner. */
    static final List<List<String>> INSTRUCTIONS = List.of(
            List.of("Kolumn", "Innehåll"),
            List.of("indicatorKey", "Indikatorns nyckel i katalogen (eller indicatorId, dess id)"),
            List.of("areaCode", "Områdeskod med fyra siffror: kommun (t.ex. 1780 Karlstad), region (0017) eller riket (0000)"),
            List.of("period", "År (2024) eller halvår (2024H1)"),
            List.of("gender", "T totalt, K kvinnor, M män (tomt = T)"),
            List.of("value", "Värdet; tomt endast när status är suppressed"),
            List.of("status", "final, preliminary, suppressed eller synthetic (tomt = final)"));

    private static final List<List<String>> EXAMPLE = List.of(
            BulkRow.COLUMNS.stream().filter(c -> !c.equals("indicatorId")).toList(),
            List.of("befolkningsokning", "1780", "2024", "T", "1.2", "final"),
            List.of("befolkningsokning", "0000", "2024", "T", "0.9", "preliminary"));

    @GET
    @Produces({ BulkResource.CSV, FileResource.XLSX })
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "valuesFileTemplate", summary = "The upload template (CSV or XLSX)")
    @APIResponse(responseCode = "200", description = "The template, as an attachment")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    public Response template(@Parameter(description = "csv (default) or xlsx")
            @QueryParam("format") @Pattern(regexp = "^(csv|xlsx)$", message = "must be csv or xlsx") String format) {
        boolean xlsx = "xlsx".equals(format);
        // a plain Response: a RestResponse<byte[]> with a non-JSON type was written as the array's toString()
        return Response.ok(xlsx ? xlsx() : csv(), xlsx ? FileResource.XLSX : BulkResource.CSV + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"styrplan-varden-mall." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    private static byte[] csv() {
        StringBuilder text = new StringBuilder();
        EXAMPLE.forEach(row -> text.append(String.join(",", row)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Styrplan", "1.0");
            fill(workbook.newWorksheet("Värden"), EXAMPLE);
            fill(workbook.newWorksheet("Anvisningar"), INSTRUCTIONS);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every cell as text, so that Excel keeps "0000" (the reader also restores zeros a numeric area code lost). */
    private static void fill(Worksheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
        sheet.range(0, 0, 0, rows.get(0).size() - 1).style().bold().set();
    }
}
