package se.styrplan.plan.sdg;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.ProblemResponses;

/** The 17 SDGs: public reference data. */
@Path("/public/plan/sdgs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public plan", description = "Adopted plans and reference data, readable without login")
@PermitAll
public class SdgResource {

    @Inject
    SdgCatalog sdgs;

    @GET
    @Operation(operationId = "listSdgs", summary = "List the 17 Agenda 2030 goals", description = "With their Swedish and English names.")
    @APIResponse(responseCode = "200", description = "The 17 SDGs in order")
    public List<SdgView> list() {
        return sdgs.all();
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getSdg", summary = "Read one Agenda 2030 goal")
    @APIResponse(responseCode = "200", description = "The SDG")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public SdgView get(@PathParam("number") @Min(1) @Max(17) int number) {
        return sdgs.get(number);
    }
}
