package se.styrplan.indicator.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An area as the API shows it. */
@Schema(name = "Area", description = "A municipality, region or the country, by its 4-digit code")
public record AreaView(
        @Schema(description = "4-digit code (Kolada / SCB): 0000 is Riket, 00xx a region, others municipalities", examples = "1780")
        String code,
        @Schema(description = "The area's name", examples = "Karlstad")
        String name,
        @Schema(description = "municipality, region or country", examples = "municipality")
        AreaKind kind) {

    public static AreaView of(Area area) {
        return new AreaView(area.code, area.name, area.kind);
    }
}
