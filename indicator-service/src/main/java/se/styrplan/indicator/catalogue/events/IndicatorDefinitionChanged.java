package se.styrplan.indicator.catalogue.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import se.styrplan.indicator.catalogue.Direction;
import se.styrplan.indicator.catalogue.IndicatorSource;
import se.styrplan.indicator.catalogue.IndicatorStatus;
import se.styrplan.indicator.catalogue.IndicatorUnit;

/**
 * Published contract (additive changes only): an indicator definition was created or changed. Carries the whole
 * definition after the change, so a consumer never needs to ask the service for it.
 */
public record IndicatorDefinitionChanged(
        UUID id,
        String key,
        String title,
        String description,
        IndicatorUnit unit,
        String unitLabel,
        Direction direction,
        IndicatorSource source,
        String koladaKpiId,
        boolean koladaKpiIdChecked,
        Boolean dividedByGender,
        String owningDepartment,
        IndicatorStatus status,
        UUID replacedBy,
        String retiredReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version,
        Change change) {

    public static final String TYPE = "se.styrplan.indicator.IndicatorDefinitionChanged.v1";

    public enum Change {
        CREATED("created"),
        UPDATED("updated");

        private final String code;

        Change(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }
}
