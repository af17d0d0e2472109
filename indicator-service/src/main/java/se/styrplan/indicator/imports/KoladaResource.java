package se.styrplan.indicator.imports;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;

/** Starts a Kolada sync on demand. */
@Path("/api/indicators/imports/kolada")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@SecurityRequirement(name = "keycloak")
public class KoladaResource {

    @Inject
    KoladaSync sync;

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "syncKolada", summary = "Sync the values of the catalogue's Kolada KPIs",
            description = "Queues a sync of every active indicator with a Kolada KPI id, for the comparison set's areas "
                    + "(Karlstad, its comparison municipalities and Riket): the values changed since fromDate, or since the "
                    + "last successful sync when it is left out (all values the first time). It runs in the background: follow "
                    + "the job under /api/indicators/imports/{id}. Every page is fetched and checked before anything is "
                    + "applied; the values' source is kolada (\"Källa: Kolada\").")
    @APIResponse(responseCode = "202", description = "The queued job; Location names it")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public RestResponse<ImportJobView> sync(
            @Parameter(description = "Only values changed since this day (Kolada's from_date)", example = "2025-01-01")
            @QueryParam("fromDate") LocalDate fromDate) {
        ImportJobView job = sync.request(fromDate);
        return RestResponse.ResponseBuilder.<ImportJobView> create(RestResponse.Status.ACCEPTED).entity(job)
                .location(URI.create(ImportResource.PATH + "/" + job.id())).build();
    }
}
