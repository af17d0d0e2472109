package se.styrplan.reporting.live;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The payload of {@code se.styrplan.reporting.StatusChanged.v1}, and what the live stream pushes: an indicator's or
 * a goal's stored status changed. Additive changes only (docs/events.md); null fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatusChanged", description = "An indicator's or a goal's status changed in the read model")
public record StatusChanged(
        @Schema(description = "indicator or goal") String kind,
        @Schema(description = "The indicator's id, or the goal's id (of the version in force)") UUID id,
        @Schema(description = "The goal's key, stable across versions (goals only)") String goalKey,
        @Schema(description = "The goal's plan (goals only)") UUID planId,
        String title,
        @Schema(description = "The area the status is computed for (the own municipality)") String areaCode,
        @Schema(description = "The status before; null when there was none") String previousStatus,
        String status,
        @Schema(description = "Indicators: the target status before") String previousTargetStatus,
        @Schema(description = "Indicators: reached, on_track, off_track, no_target or insufficient_data") String targetStatus,
        @Schema(description = "Indicators: the trend before") String previousTrend,
        @Schema(description = "Indicators: improving, stable, worsening, rising, falling or insufficient_data") String trend,
        OffsetDateTime changedAt) {

    public static final String TYPE = "se.styrplan.reporting.StatusChanged.v1";
    public static final String TOPIC = "styrplan.reporting.v1";
    public static final String INDICATOR = "indicator";
    public static final String GOAL = "goal";

    public String subject() {
        return (GOAL.equals(kind) ? "goals/" : "indicators/") + id;
    }
}
