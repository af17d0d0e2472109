package se.styrplan.indicator.catalogue;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an indicator is retired, and what replaces it. */
@Schema(name = "RetireRequest", description = "Retires an indicator: it stays in the catalogue for history")
public record RetireRequest(
        @Schema(description = "An active indicator that replaces the retired one, or null",
                examples = "7d3f7c2e-5b1a-4c1e-9a57-1f0f3b9c2a10")
        UUID replacedBy,
        @Schema(description = "Why the indicator is retired",
                examples = "Ersätts av Koladas nyckeltal för fossiloberoende personbilar")
        @NotBlank
        @Size(max = 2000)
        String reason) {
}
