package se.styrplan.gateway.users;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complete sets of departments and party groups a user is to belong to. */
@Schema(name = "GroupsUpdate", description = "The user's departments and party groups after the change (codes)")
public record GroupsUpdate(
        @Schema(examples = "[\"miljoforvaltningen\"]", required = true)
        @NotNull @Size(max = 50) List<@NotBlank String> departments,
        @Schema(examples = "[]", required = true)
        @NotNull @Size(max = 50) List<@NotBlank String> partyGroups) {
}
