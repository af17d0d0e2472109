package se.styrplan.gateway.signin;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.CurrentUser;
import se.styrplan.platform.security.Roles;

/** Who is calling: for the web UI after sign-in, and for any client that wants to check its token. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "The signed-in caller")
public class MeResource {

    private static final Set<String> STYRPLAN_ROLES = Set.of(Roles.ADMIN, Roles.PLANNER, Roles.EDITOR, Roles.VIEWER);

    @Inject
    CurrentUser user;

    /** The access token: of the session (browsers) or the bearer token (other callers). */
    @Inject
    JsonWebToken token;

    @GET
    @Authenticated
    @SecurityRequirement(name = "keycloak")
    @Operation(operationId = "getCurrentUser", summary = "The caller",
            description = "Username, name, roles, departments and party groups of the caller, signed in through the "
                    + "browser session or with a bearer token.")
    @APIResponse(responseCode = "200", description = "The caller")
    @ProblemResponses.Authenticated
    public Me me() {
        Object name = token.getClaim("name");
        return new Me(user.name(), name instanceof JsonString s ? s.getString() : name == null ? null : name.toString(),
                user.roles().stream().filter(STYRPLAN_ROLES::contains).sorted().toList(),
                sorted(user.departments()), sorted(user.partyGroups()));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
