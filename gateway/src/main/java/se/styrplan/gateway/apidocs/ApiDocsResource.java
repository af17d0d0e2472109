package se.styrplan.gateway.apidocs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/openapi.json}: one OpenAPI document of every service as the gateway serves it, for Swagger UI
 * and for generating one client. Public, like each service's own {@code /q/openapi}: it describes the API, not
 * its data.
 */
@Path(ApiDocsResource.PATH)
@Tag(name = "API description")
public class ApiDocsResource {

    public static final String PATH = "/api/openapi.json";

    private final ServiceDocuments documents;
    private final OpenApiMerger merger;

    public ApiDocsResource(ServiceDocuments documents, ApiDocsConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String oidcServer) {
        this.documents = documents;
        this.merger = new OpenApiMerger(config.publicUrl(), oidcServer + "/.well-known/openid-configuration");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApiDescription", summary = "The OpenAPI document of all services behind the gateway")
    @APIResponse(responseCode = "200", description = "OpenAPI 3 document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JsonNode.class)))
    @APIResponse(responseCode = "503", description = "A service's description cannot be fetched and none is cached",
            content = @Content(mediaType = "application/problem+json"))
    public ObjectNode get() {
        return merger.merge(documents.all());
    }
}
