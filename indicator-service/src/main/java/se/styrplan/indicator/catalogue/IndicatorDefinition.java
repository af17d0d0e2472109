package se.styrplan.indicator.catalogue;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator of the catalogue as the API shows it. */
@Schema(name = "IndicatorDefinition", description = "An indicator of the catalogue: what is measured, how, and where the values come from")
public record IndicatorDefinition(
        @Schema(description = "The indicator's id", examples = "7d3f7c2e-5b1a-4c1e-9a57-1f0f3b9c2a10")
        UUID id,
        @Schema(description = "Stable ASCII key, unique in the catalogue", examples = "hotellovernattningar")
        String key,
        @Schema(description = "The indicator as the plan writes it", examples = "Hotellövernattningar, antal")
        String title,
        @Schema(description = "What the indicator means and how it is read")
        String description,
        @Schema(description = "Normalised unit", examples = "count")
        IndicatorUnit unit,
        @Schema(description = "The unit as the plan says it, in Swedish", examples = "antal")
        String unitLabel,
        @Schema(description = "Desired direction", examples = "higher_is_better")
        Direction direction,
        @Schema(description = "Where the values come from", examples = "kolada")
        IndicatorSource source,
        @Schema(description = "Kolada KPI id, when the values come from Kolada", examples = "N00090")
        String koladaKpiId,
        @Schema(description = "Whether the Kolada KPI id has been checked against the live Kolada catalogue")
        boolean koladaKpiIdChecked,
        @Schema(description = "Whether values are reported by gender; absent when not known")
        Boolean dividedByGender,
        @Schema(description = "Code of the department answering for the indicator (Keycloak group /departments/<code>)",
                examples = "kultur-och-fritidsforvaltningen")
        String owningDepartment,
        @Schema(description = "active or retired", examples = "active")
        IndicatorStatus status,
        @Schema(description = "The indicator that replaces this retired one, if any")
        UUID replacedBy,
        @Schema(description = "Why the indicator was retired")
        String retiredReason,
        @Schema(description = "When the indicator was created")
        OffsetDateTime createdAt,
        @Schema(description = "When the indicator last changed")
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every change", examples = "0")
        long version) {
}
