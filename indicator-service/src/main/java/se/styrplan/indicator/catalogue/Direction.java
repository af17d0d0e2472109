package se.styrplan.indicator.catalogue;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way an indicator should move; the follow-up judges trends by it. */
@Schema(name = "Direction", description = "The desired direction: higher_is_better, lower_is_better, or none (e.g. balance measures)")
public enum Direction implements Coded {
    HIGHER_IS_BETTER("higher_is_better"),
    LOWER_IS_BETTER("lower_is_better"),
    NONE("none");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Converter
    public static class JpaConverter extends CodedConverter<Direction> {
        public JpaConverter() {
            super(Direction.class);
        }
    }
}
