package se.styrplan.reporting.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The status rules of one indicator, in plain Java (no framework, no clock): the README states them in prose.
 *
 * <ol>
 * <li><b>Values.</b> The total's usable values: suppressed or missing ones are skipped.</li>
 * <li><b>Trend.</b> A least-squares line through the values of the last {@code trendWindowYears} years (at least 3):
 * stable when |slope| is below {@code stableThreshold} (1 %) of their mean per year; otherwise improving or
 * worsening given the direction (rising/falling when the direction is none).</li>
 * <li><b>Target.</b> The latest target year's target: reached when the latest value meets it; off_track when the
 * target year is already in the data without being met; otherwise on_track or off_track by the trend's forecast to
 * the target year (with its 95 % prediction interval); insufficient_data without 3 values for a forecast;
 * no_target without a target. "Meets" is ≥ for higher_is_better, ≤ for lower_is_better, and within
 * {@code stableThreshold} of the target for none.</li>
 * <li><b>Publication.</b> The series' cadence is the median step between its values (1 year, 2 for surveys every
 * other year, ½ for half years). When the next value after the latest is due by the expected year
 * ({@code referenceYear - publicationLagYears}) and it is the only due value missing, the status is
 * not_yet_published (never a failure). When more are missing the series has stopped: it is judged as it is and
 * marked stale.</li>
 * <li><b>Gender gap.</b> Women minus men in the latest period where both have a value.</li>
 * </ol>
 */
public final class IndicatorRules {

    private static final double EPS = 1e-9;
    private static final double CONFIDENCE = 0.95;

    private IndicatorRules() {
    }

    public static IndicatorAssessment assess(IndicatorSeries series, RuleSettings settings) {
        List<Observation> total = usable(series.total());
        int expectedYear = settings.expectedYear();
        if (total.isEmpty()) {
            IndicatorStatus targetStatus = series.targets().isEmpty() ? IndicatorStatus.NO_TARGET : IndicatorStatus.INSUFFICIENT_DATA;
            return new IndicatorAssessment(targetStatus, targetStatus, Trend.INSUFFICIENT_DATA, null, 0, 0, null, expectedYear,
                    null, false, latestTarget(series.targets()), null, genderGap(series), false);
        }

        Observation last = total.get(total.size() - 1);
        double latestX = last.x();
        boolean halfYears = last.period().isHalfYear();
        List<Observation> window = total.stream().filter(o -> o.x() > latestX - settings.trendWindowYears() + EPS).toList();
        Fit fit = Fit.of(window);

        Trend trend = trend(fit, series.direction(), settings.stableThreshold());
        IndicatorAssessment.TargetInfo target = latestTarget(series.targets());
        IndicatorAssessment.Forecast forecast = null;
        IndicatorStatus targetStatus;
        if (target == null) {
            targetStatus = IndicatorStatus.NO_TARGET;
        } else if (meets(last.value(), target.value(), series.direction(), settings.stableThreshold())) {
            targetStatus = IndicatorStatus.REACHED;
        } else {
            double targetX = target.year() + (halfYears ? 0.5 : 0.0);
            if (targetX <= latestX + EPS) {
                targetStatus = IndicatorStatus.OFF_TRACK; // the target year is in the data and was not met
            } else if (fit == null) {
                targetStatus = IndicatorStatus.INSUFFICIENT_DATA;
            } else {
                forecast = fit.forecast(targetX, Period.at(targetX, halfYears).code());
                targetStatus = meets(forecast.value(), target.value(), series.direction(), settings.stableThreshold())
                        ? IndicatorStatus.ON_TRACK : IndicatorStatus.OFF_TRACK;
            }
        }

        double cadence = cadence(total, halfYears);
        double expectedX = expectedYear + (halfYears ? 0.5 : 0.0);
        boolean due = latestX + cadence <= expectedX + EPS;
        boolean onlyLatestMissing = latestX + 2 * cadence > expectedX + EPS;
        IndicatorStatus status = due && onlyLatestMissing ? IndicatorStatus.NOT_YET_PUBLISHED : targetStatus;
        String missing = due && onlyLatestMissing ? Period.at(latestX + cadence, halfYears).code() : null;

        return new IndicatorAssessment(status, targetStatus, trend, fit == null ? null : fit.slope, total.size(), window.size(),
                new IndicatorAssessment.Latest(last.period().code(), last.value(), last.status()), expectedYear, missing,
                due && !onlyLatestMissing, target, forecast, genderGap(series),
                window.stream().anyMatch(o -> Observation.SYNTHETIC.equals(o.status())));
    }

    /** Whether {@code value} satisfies {@code target} given the direction. */
    public static boolean meets(double value, double target, Direction direction, double tolerance) {
        double slack = EPS * Math.max(1.0, Math.abs(target));
        return switch (direction) {
            case HIGHER_IS_BETTER -> value >= target - slack;
            case LOWER_IS_BETTER -> value <= target + slack;
            case NONE -> Math.abs(value - target) <= tolerance * Math.abs(target) + slack;
        };
    }

    static Trend trend(Fit fit, Direction direction, double stableThreshold) {
        if (fit == null) {
            return Trend.INSUFFICIENT_DATA;
        }
        if (fit.slope == 0.0 || Math.abs(fit.slope) < stableThreshold * Math.abs(fit.meanY)) {
            return Trend.STABLE;
        }
        boolean up = fit.slope > 0;
        return switch (direction) {
            case HIGHER_IS_BETTER -> up ? Trend.IMPROVING : Trend.WORSENING;
            case LOWER_IS_BETTER -> up ? Trend.WORSENING : Trend.IMPROVING;
            case NONE -> up ? Trend.RISING : Trend.FALLING;
        };
    }

    private static List<Observation> usable(List<Observation> values) {
        Map<Period, Observation> byPeriod = new HashMap<>();
        for (Observation o : values) {
            if (o != null && o.period() != null && o.usable()) {
                byPeriod.put(o.period(), o);
            }
        }
        List<Observation> sorted = new ArrayList<>(byPeriod.values());
        sorted.sort(Comparator.comparing(Observation::period));
        return sorted;
    }

    /** The median step between consecutive values; one period when there is a single value. */
    private static double cadence(List<Observation> total, boolean halfYears) {
        if (total.size() < 2) {
            return halfYears ? 0.5 : 1.0;
        }
        double[] steps = new double[total.size() - 1];
        for (int i = 1; i < total.size(); i++) {
            steps[i - 1] = total.get(i).x() - total.get(i - 1).x();
        }
        Arrays.sort(steps);
        int mid = steps.length / 2;
        double median = steps.length % 2 == 1 ? steps[mid] : (steps[mid - 1] + steps[mid]) / 2;
        return Math.max(median, halfYears ? 0.5 : 1.0);
    }

    private static IndicatorAssessment.TargetInfo latestTarget(List<Target> targets) {
        return targets.stream().filter(t -> !Double.isNaN(t.value())).max(Comparator.comparingInt(Target::year))
                .map(t -> new IndicatorAssessment.TargetInfo(t.year(), t.value(), t.comment())).orElse(null);
    }

    private static IndicatorAssessment.GenderGap genderGap(IndicatorSeries series) {
        Map<Period, Double> men = new HashMap<>();
        usable(series.men()).forEach(o -> men.put(o.period(), o.value()));
        List<Observation> women = usable(series.women());
        for (int i = women.size() - 1; i >= 0; i--) {
            Observation w = women.get(i);
            Double m = men.get(w.period());
            if (m != null) {
                return new IndicatorAssessment.GenderGap(w.period().code(), w.value(), m, w.value() - m);
            }
        }
        return null;
    }

    /** A least-squares line through at least 3 values at 2 or more distinct times. */
    static final class Fit {
        final SimpleRegression regression;
        final double slope;
        final double meanX;
        final double meanY;

        private Fit(SimpleRegression regression, double meanX, double meanY) {
            this.regression = regression;
            this.slope = regression.getSlope();
            this.meanX = meanX;
            this.meanY = meanY;
        }

        static Fit of(List<Observation> values) {
            if (values.size() < 3) {
                return null;
            }
            SimpleRegression regression = new SimpleRegression(true);
            double sumX = 0;
            double sumY = 0;
            for (Observation o : values) {
                regression.addData(o.x(), o.value());
                sumX += o.x();
                sumY += o.value();
            }
            if (regression.getXSumSquares() <= EPS || Double.isNaN(regression.getSlope())) {
                return null;
            }
            return new Fit(regression, sumX / values.size(), sumY / values.size());
        }

        /**
         * The line's value at {@code x} and its prediction interval:
         * ŷ ± t(0.975, n−2) · s · √(1 + 1/n + (x − x̄)² / Sxx), s² the regression's mean square error.
         */
        IndicatorAssessment.Forecast forecast(double x, String period) {
            long n = regression.getN();
            double predicted = regression.predict(x);
            double mse = Math.max(0.0, regression.getMeanSquareError());
            double t = new TDistribution(n - 2).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
            double half = t * Math.sqrt(mse * (1 + 1.0 / n + (x - meanX) * (x - meanX) / regression.getXSumSquares()));
            return new IndicatorAssessment.Forecast(period, predicted, predicted - half, predicted + half, CONFIDENCE);
        }
    }
}
