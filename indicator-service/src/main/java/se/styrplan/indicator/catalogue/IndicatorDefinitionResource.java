package se.styrplan.indicator.catalogue;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/** The indicator catalogue over HTTP: reads for every role, writes for planners and admins. */
@Path("/api/indicators/definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator catalogue", description = "The indicators the plan follows up: what is measured, how, and from which source")
@SecurityRequirement(name = "keycloak")
public class IndicatorDefinitionResource {

    private static final String ID_EXAMPLE = "7d3f7c2e-5b1a-4c1e-9a57-1f0f3b9c2a10";

    @Inject
    IndicatorCatalogueService catalogue;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "listIndicatorDefinitions", summary = "List indicator definitions",
            description = "The catalogue sorted by title, one page at a time, optionally narrowed by title text, status, "
                    + "source, owning department or Kolada KPI id.")
    @APIResponse(responseCode = "200", description = "One page of indicator definitions, sorted by title")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    public Page<IndicatorDefinition> list(
            @Parameter(description = "Text the title contains, ignoring case and diacritics (å, ä, ö)", example = "overnattningar")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only indicators with this status", example = "active",
                    schema = @Schema(implementation = IndicatorStatus.class))
            @QueryParam("status") @Pattern(regexp = IndicatorStatus.CODES, message = "must be one of " + IndicatorStatus.CODES)
            String status,
            @Parameter(description = "Only indicators from this source", example = "kolada",
                    schema = @Schema(implementation = IndicatorSource.class))
            @QueryParam("source") @Pattern(regexp = IndicatorSource.CODES, message = "must be one of " + IndicatorSource.CODES)
            String source,
            @Parameter(description = "Only indicators owned by this department (its code)", example = "miljoforvaltningen")
            @QueryParam("department") @Pattern(regexp = "^[a-z0-9-]{2,80}$", message = "must be a department code")
            String department,
            @Parameter(description = "Only indicators with this Kolada KPI id", example = "N00090")
            @QueryParam("koladaKpiId") @Pattern(regexp = "^[A-Z]\\d{5}$", message = "must be a Kolada KPI id, e.g. N00090")
            String koladaKpiId,
            @Valid @BeanParam Paging paging) {
        IndicatorFilter filter = new IndicatorFilter(q,
                status == null ? null : Coded.fromCode(IndicatorStatus.class, status),
                source == null ? null : Coded.fromCode(IndicatorSource.class, source),
                department, koladaKpiId);
        return catalogue.list(filter, paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.VIEWER, Roles.EDITOR, Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "getIndicatorDefinition", summary = "Get an indicator definition",
            description = "One indicator of the catalogue, active or retired.")
    @APIResponse(responseCode = "200", description = "The indicator definition")
    @ProblemResponses.Authenticated
    @ProblemResponses.NotFound
    public IndicatorDefinition get(
            @Parameter(description = "The indicator's id", example = ID_EXAMPLE) @PathParam("id") UUID id) {
        return catalogue.get(id);
    }

    @POST
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "createIndicatorDefinition", summary = "Create an indicator definition",
            description = "Adds an indicator to the catalogue with a new id. The key must not be in use. "
                    + "Publishes IndicatorDefinitionChanged (change: created).")
    @APIResponse(responseCode = "201", description = "Created; Location names the new indicator",
            headers = @Header(name = "Location", description = "URL of the new indicator", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDefinition.class)))
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public RestResponse<IndicatorDefinition> create(@Valid @NotNull IndicatorDefinitionInput input) {
        IndicatorDefinition created = catalogue.create(input);
        return createdAt(created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "upsertIndicatorDefinition", summary = "Create or replace an indicator definition by id",
            description = "Idempotent: creates the indicator with this id (201), or sets its writable fields to the body (200). "
                    + "A body equal to the stored definition changes nothing: no audit entry, no event. "
                    + "Status and retirement are not changed here (see retire). "
                    + "Publishes IndicatorDefinitionChanged (change: created or updated).")
    @APIResponse(responseCode = "200", description = "Updated, or already equal to the body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDefinition.class)))
    @APIResponse(responseCode = "201", description = "Created with this id",
            headers = @Header(name = "Location", description = "URL of the new indicator", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDefinition.class)))
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public RestResponse<IndicatorDefinition> upsert(
            @Parameter(description = "The indicator's id (chosen by the caller when creating)", example = ID_EXAMPLE)
            @PathParam("id") UUID id,
            @Valid @NotNull IndicatorDefinitionInput input) {
        IndicatorCatalogueService.Upserted result = catalogue.upsert(id, input);
        return result.created() ? createdAt(result.definition()) : RestResponse.ok(result.definition());
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
    @Operation(operationId = "retireIndicatorDefinition", summary = "Retire an indicator",
            description = "Marks the indicator retired, optionally naming the active indicator that replaces it. "
                    + "It stays in the catalogue for history. Publishes IndicatorRetired.")
    @APIResponse(responseCode = "200", description = "The retired indicator definition")
    @ProblemResponses.Authenticated
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public IndicatorDefinition retire(
            @Parameter(description = "The indicator's id", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull RetireRequest request) {
        return catalogue.retire(id, request);
    }

    private RestResponse<IndicatorDefinition> createdAt(IndicatorDefinition definition) {
        return RestResponse.ResponseBuilder.<IndicatorDefinition>created(location(definition)).entity(definition).build();
    }

    private URI location(IndicatorDefinition definition) {
        return uriInfo.getBaseUriBuilder().path(IndicatorDefinitionResource.class).path(definition.id().toString()).build();
    }
}
