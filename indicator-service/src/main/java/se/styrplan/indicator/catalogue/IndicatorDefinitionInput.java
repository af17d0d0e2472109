package se.styrplan.indicator.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable fields of an indicator definition: the body of a create or an upsert. Id, status and the
 * timestamps are the service's; a body naming them (or any other unknown property) is refused.
 */
@Schema(name = "IndicatorDefinitionInput", description = "The writable fields of an indicator definition")
public record IndicatorDefinitionInput(
        @Schema(description = "Stable ASCII key, lowercase words joined by '-', unique in the catalogue",
                examples = "hotellovernattningar", maxLength = 64)
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lowercase ASCII letters and digits joined by single '-'")
        String key,

        @Schema(description = "The indicator as the plan writes it", examples = "Hotellövernattningar, antal")
        @NotBlank
        @Size(max = 500)
        String title,

        @Schema(description = "What the indicator means and how it is read")
        @Size(max = 4000)
        String description,

        @Schema(description = "Normalised unit", examples = "count")
        @NotNull
        IndicatorUnit unit,

        @Schema(description = "The unit as the plan says it, in Swedish", examples = "antal")
        @Size(max = 200)
        String unitLabel,

        @Schema(description = "Desired direction", examples = "higher_is_better")
        @NotNull
        Direction direction,

        @Schema(description = "Where the values come from", examples = "kolada")
        @NotNull
        IndicatorSource source,

        @Schema(description = "Kolada KPI id: a capital letter and five digits", examples = "N00090")
        @Pattern(regexp = "^[A-Z]\\d{5}$", message = "must be a capital letter followed by five digits, e.g. N00090")
        String koladaKpiId,

        @Schema(description = "Whether the Kolada KPI id has been checked against the live Kolada catalogue (default false)")
        boolean koladaKpiIdChecked,

        @Schema(description = "Whether values are reported by gender; null when not known")
        Boolean dividedByGender,

        @Schema(description = "Code of the department answering for the indicator (Keycloak group /departments/<code>)",
                examples = "kultur-och-fritidsforvaltningen")
        @Pattern(regexp = "^[a-z0-9-]{2,80}$", message = "must be a department code: 2 to 80 of a-z, 0-9 and '-'")
        String owningDepartment) {
}
