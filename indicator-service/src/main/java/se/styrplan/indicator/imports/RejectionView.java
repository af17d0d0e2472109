package se.styrplan.indicator.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row an import refused. */
@Schema(name = "ImportRejection", description = "A row the import refused: where it was, why, and what it held")
public record RejectionView(
        @Schema(description = "The row's line in the body or file (the header is line 1); for Kolada, the row's position",
                examples = "7") long line,
        @Schema(description = "Why it was refused", examples = "areaCode: no area has the code 9999 (see listAreas)") String reason,
        @Schema(description = "The row as received (at most 200 characters)", examples = "kommunal-ekonomi,9999,2024,T,12.5,final")
        String raw) {
}
