package se.styrplan.gateway.users;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Keycloak user as the admin API shows it (and as audit entries record it): never a credential. */
@Schema(name = "User", description = "A user of Styrplan as Keycloak holds it")
public record UserView(
        @Schema(description = "Keycloak's id of the user") String id,
        @Schema(description = "Login name", examples = "petra") String username,
        @Schema(description = "E-mail address", examples = "petra@styrplan.invalid") String email,
        @Schema(examples = "Petra") String firstName,
        @Schema(examples = "Persson") String lastName,
        @Schema(description = "A disabled user cannot sign in") boolean enabled,
        @Schema(description = "The Styrplan roles assigned to the user (admin, planner and editor include viewer)",
                examples = "[\"planner\"]") List<String> roles,
        @Schema(description = "Codes of the user's departments (förvaltningar)", examples = "[\"kommunledningskontoret\"]")
        List<String> departments,
        @Schema(description = "Codes of the user's party groups") List<String> partyGroups,
        @Schema(description = "What the user must do at the next sign-in, e.g. UPDATE_PASSWORD") List<String> requiredActions,
        @Schema(description = "When the user was created") OffsetDateTime createdAt) {
}
