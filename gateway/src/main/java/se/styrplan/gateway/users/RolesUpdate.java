package se.styrplan.gateway.users;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complete set of Styrplan roles a user is to have. */
@Schema(name = "RolesUpdate", description = "The user's roles after the change: any of admin, planner, editor, viewer")
public record RolesUpdate(
        @Schema(examples = "[\"planner\"]", required = true)
        @NotNull @Size(max = 4) List<@NotBlank String> roles) {
}
