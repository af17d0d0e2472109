package se.styrplan.indicator.area;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comparison set as the API shows it. */
@Schema(name = "ComparisonSet", description = "A named set of areas: the own municipality, the municipalities it compares "
        + "itself with, and the country")
public record ComparisonSetView(
        @Schema(description = "Stable code of the set", examples = "karlstad-jamforelse")
        String code,
        @Schema(description = "The set's name", examples = "Karlstads jämförelsekommuner")
        String name,
        @Schema(description = "What the set is for")
        String description,
        @Schema(description = "The own municipality's code", examples = "1780")
        String ownAreaCode,
        @Schema(description = "Every member, the own municipality and the country included, sorted by code")
        List<AreaView> members) {
}
