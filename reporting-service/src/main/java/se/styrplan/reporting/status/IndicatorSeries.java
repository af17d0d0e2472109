package se.styrplan.reporting.status;

import java.util.List;

/**
 * Everything the rules judge one indicator by, for one area (the own municipality): its direction, the values of
 * the total (T), women (K) and men (M), and its targets for the total. Lists may be in any order and hold
 * suppressed values.
 */
public record IndicatorSeries(Direction direction, List<Observation> total, List<Observation> women, List<Observation> men,
        List<Target> targets) {

    public IndicatorSeries {
        direction = direction == null ? Direction.NONE : direction;
        total = total == null ? List.of() : List.copyOf(total);
        women = women == null ? List.of() : List.copyOf(women);
        men = men == null ? List.of() : List.copyOf(men);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public static IndicatorSeries of(Direction direction, List<Observation> total, List<Target> targets) {
        return new IndicatorSeries(direction, total, List.of(), List.of(), targets);
    }
}
