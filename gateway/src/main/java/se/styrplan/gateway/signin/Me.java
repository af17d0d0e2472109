package se.styrplan.gateway.signin;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in caller as the web UI needs it. */
@Schema(name = "Me", description = "The caller: who they are, their roles and the groups they belong to")
public record Me(
        @Schema(description = "Keycloak username, or the service account of a machine client", examples = "petra") String username,
        @Schema(description = "Full name (absent for machine clients)", examples = "Petra Persson") String name,
        @Schema(description = "Styrplan roles, including those implied (admin, planner and editor include viewer)", examples = "[\"planner\", \"viewer\"]") List<String> roles,
        @Schema(description = "Codes of the departments (förvaltningar) the caller belongs to", examples = "[\"kommunledningskontoret\"]") List<String> departments,
        @Schema(description = "Codes of the party groups the caller belongs to") List<String> partyGroups) {
}
