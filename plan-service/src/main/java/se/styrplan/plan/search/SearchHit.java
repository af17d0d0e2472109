package se.styrplan.plan.search;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchHit", description = "A goal or indicator line whose text matches the search")
public record SearchHit(
        @Schema(enumeration = { "goal", "indicator" }) String kind,
        @Schema(description = "The goal, or the goal the indicator line belongs to") UUID goalId,
        @Schema(description = "The goal's title") String goalTitle,
        @Schema(description = "The indicator's catalogue id (indicator hits only)", nullable = true) UUID indicatorId,
        @Schema(description = "The matching title: the goal's or the indicator line's") String title) {
}
