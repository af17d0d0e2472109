package se.styrplan.indicator.target;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of setting a target; the year is in the path. */
@Schema(name = "TargetInput", description = "A target value for the year in the path")
public record TargetInput(
        @Schema(description = "T total (the default), K kvinnor, M män", examples = "T", enumeration = { "T", "K", "M" }, defaultValue = "T")
        @Pattern(regexp = "T|K|M", message = "must be one of T, K, M")
        String gender,
        @Schema(description = "The desired value, in the indicator's unit (0 to 100 for a percent or index)", examples = "75",
                required = true)
        @NotNull
        BigDecimal value,
        @Schema(description = "Why this target, or where it comes from", examples = "Enligt klimatstrategin")
        @Size(max = 2000)
        String comment) {

    public String genderOrTotal() {
        return gender == null ? "T" : gender;
    }
}
