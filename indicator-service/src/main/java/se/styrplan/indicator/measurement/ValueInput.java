package se.styrplan.indicator.measurement;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One value to record or correct. The fields are checked by the service, not while reading the body, so that a
 * refused batch lists every invalid row at once.
 */
@Schema(name = "MeasurementInput", description = "One value of the indicator for an area, period and gender")
public record ValueInput(
        @Schema(description = "The area's 4-digit code (see listAreas): 1780 Karlstad, 0000 Riket, 0017 Region Värmland",
                examples = "1780", required = true, pattern = "^[0-9]{4}$")
        String areaCode,
        @Schema(description = "A year, or a half-year where the source has them; at most next year", examples = "2024",
                required = true, pattern = "^[0-9]{4}(H[12])?$")
        String period,
        @Schema(description = "T total (the default), K kvinnor, M män", examples = "T", enumeration = { "T", "K", "M" },
                defaultValue = "T")
        String gender,
        @Schema(description = "The value; absent (null) exactly when the status is suppressed. A percent or index value "
                + "lies between 0 and 100", examples = "41.5")
        BigDecimal value,
        @Schema(description = "final (the default), preliminary, suppressed (withheld, no value) or synthetic (demo data)",
                examples = "final", enumeration = { "final", "preliminary", "suppressed", "synthetic" }, defaultValue = "final")
        String status) {
}
