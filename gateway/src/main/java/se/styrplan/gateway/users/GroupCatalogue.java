package se.styrplan.gateway.users;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The realm's departments and party groups, which users can be put in. */
@Schema(name = "GroupCatalogue", description = "The departments and party groups users can belong to")
public record GroupCatalogue(List<Group> departments, List<Group> partyGroups) {

    @Schema(name = "Group", description = "A department or party group")
    public record Group(
            @Schema(description = "The code used in tokens and in the API", examples = "miljoforvaltningen") String code,
            @Schema(description = "Display name", examples = "Miljöförvaltningen") String name) {
    }
}
