package se.styrplan.gateway.users;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user to create. Keycloak's user profile requires the e-mail address and both names for a user to sign in. */
@Schema(name = "NewUser", description = "A user to create, with roles and groups")
public record NewUser(
        @Schema(description = "Login name: lowercase letters, digits, '.', '_' or '-'", examples = "lena.lund", required = true)
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}",
                message = "must be 2-64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit")
        String username,
        @Schema(examples = "lena.lund@karlstad.se", required = true)
        @NotBlank @Email @Size(max = 254) String email,
        @Schema(examples = "Lena", required = true)
        @NotBlank @Size(max = 100) String firstName,
        @Schema(examples = "Lund", required = true)
        @NotBlank @Size(max = 100) String lastName,
        @Schema(description = "Roles: any of admin, planner, editor, viewer", examples = "[\"editor\"]", required = true)
        @NotNull @Size(max = 4) List<@NotBlank String> roles,
        @Schema(description = "Department codes, as GET /api/admin/groups lists them", examples = "[\"miljoforvaltningen\"]")
        @Size(max = 50) List<@NotBlank String> departments,
        @Schema(description = "Party group codes, as GET /api/admin/groups lists them")
        @Size(max = 50) List<@NotBlank String> partyGroups,
        @Schema(description = "Optional first password; the user must choose a new one at the first sign-in. "
                + "Never stored by the gateway nor shown again.", writeOnly = true)
        @Size(min = 8, max = 128) String temporaryPassword) {

    public List<String> departmentsOrEmpty() {
        return departments == null ? List.of() : departments;
    }

    public List<String> partyGroupsOrEmpty() {
        return partyGroups == null ? List.of() : partyGroups;
    }

    /** Without the password, so that no log line can carry it. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", email=" + email + ", roles=" + roles + ", departments=" + departments
                + ", partyGroups=" + partyGroups + ", temporaryPassword=" + (temporaryPassword == null ? "none" : "***") + "]";
    }
}
