package se.styrplan.gateway.users;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrplan.platform.problem.Problem;
import se.styrplan.platform.problem.ProblemResponses;
import se.styrplan.platform.security.Roles;
import se.styrplan.platform.web.Page;
import se.styrplan.platform.web.Paging;

/** User administration for admins: the users of the Keycloak realm, their roles, departments and party groups. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Users", description = "User administration in Keycloak (admins only); every change is audited")
@ProblemResponses.Authenticated
public class UserAdminResource {

    private final UserAdmin users;

    public UserAdminResource(UserAdmin users) {
        this.users = users;
    }

    @GET
    @Path("/users")
    @Operation(operationId = "listUsers", summary = "List users",
            description = "The realm's users (not machine clients), one page at a time, optionally matching a search "
                    + "in username, e-mail and names.")
    @APIResponse(responseCode = "200", description = "One page of users")
    @ProblemResponses.BadRequest
    @UnavailableResponses
    public Page<UserView> list(
            @Parameter(description = "Part of a username, e-mail address or name", example = "persson")
            @QueryParam("search") @Size(max = 100) String search,
            @Valid @BeanParam Paging paging) {
        return users.list(search, paging);
    }

    @GET
    @Path("/users/{id}")
    @Operation(operationId = "getUser", summary = "Read a user")
    @APIResponse(responseCode = "200", description = "The user")
    @ProblemResponses.NotFound
    @UnavailableResponses
    public UserView get(@Parameter(description = "The user's Keycloak id") @PathParam("id") String id) {
        return users.get(id);
    }

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user",
            description = "Creates an enabled user with the given roles, departments and party groups. With a temporary "
                    + "password the user must choose a new one at the first sign-in.")
    @APIResponse(responseCode = "201", description = "The user was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @ProblemResponses.BadRequest
    @APIResponse(responseCode = "409", description = "The username or e-mail address is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @UnavailableResponses
    public Response create(@Valid @NotNull NewUser user) {
        UserView created = users.create(user);
        return Response.created(URI.create("/api/admin/users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/users/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setUserRoles", summary = "Set a user's roles",
            description = "Replaces the user's Styrplan roles with these. New tokens carry them; the user's current "
                    + "tokens keep the old roles until they expire (minutes).")
    @APIResponse(responseCode = "200", description = "The user with the new roles")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @SelfLockoutResponse
    @UnavailableResponses
    public UserView setRoles(@PathParam("id") String id, @Valid @NotNull RolesUpdate update) {
        return users.setRoles(id, update.roles());
    }

    @PUT
    @Path("/users/{id}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setUserGroups", summary = "Set a user's departments and party groups",
            description = "Replaces the user's departments and party groups with these (codes from listGroups).")
    @APIResponse(responseCode = "200", description = "The user with the new groups")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @UnavailableResponses
    public UserView setGroups(@PathParam("id") String id, @Valid @NotNull GroupsUpdate update) {
        return users.setGroups(id, update);
    }

    @POST
    @Path("/users/{id}/disable")
    @Operation(operationId = "disableUser", summary = "Disable a user",
            description = "The user can no longer sign in, and their sessions end.")
    @APIResponse(responseCode = "200", description = "The disabled user")
    @ProblemResponses.NotFound
    @SelfLockoutResponse
    @UnavailableResponses
    public UserView disable(@PathParam("id") String id) {
        return users.setEnabled(id, false);
    }

    @POST
    @Path("/users/{id}/enable")
    @Operation(operationId = "enableUser", summary = "Enable a user")
    @APIResponse(responseCode = "200", description = "The enabled user")
    @ProblemResponses.NotFound
    @UnavailableResponses
    public UserView enable(@PathParam("id") String id) {
        return users.setEnabled(id, true);
    }

    @POST
    @Path("/users/{id}/password-reset")
    @Operation(operationId = "resetUserPassword", summary = "Make a user choose a new password",
            description = "Sets Keycloak's UPDATE_PASSWORD required action: at the next sign-in the user must choose "
                    + "a new password. No e-mail is sent.")
    @APIResponse(responseCode = "200", description = "The user, with UPDATE_PASSWORD among the required actions")
    @ProblemResponses.NotFound
    @UnavailableResponses
    public UserView resetPassword(@PathParam("id") String id) {
        return users.requirePasswordChange(id);
    }

    @GET
    @Path("/groups")
    @Operation(operationId = "listGroups", summary = "List departments and party groups",
            description = "The groups users can be put in, with their codes and display names.")
    @APIResponse(responseCode = "200", description = "The departments and party groups")
    @UnavailableResponses
    public GroupCatalogue groups() {
        return users.groups();
    }

    /** When Keycloak cannot be reached or fails. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target({ java.lang.annotation.ElementType.METHOD })
    @APIResponse(responseCode = "502", description = "Keycloak failed to carry out the request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Keycloak is not reachable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface UnavailableResponses {
    }

    /** An admin may not lock themself out. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target({ java.lang.annotation.ElementType.METHOD })
    @APIResponse(responseCode = "409", description = "The change would lock the calling admin out (own admin role, own account)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface SelfLockoutResponse {
    }
}
