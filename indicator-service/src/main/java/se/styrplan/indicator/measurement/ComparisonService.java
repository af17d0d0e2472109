package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import se.styrplan.indicator.area.Area;
import se.styrplan.indicator.area.AreaKind;
import se.styrplan.indicator.area.AreaRepository;
import se.styrplan.indicator.area.ComparisonSet;
import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.measurement.Comparison.ComparedArea;
import se.styrplan.indicator.scope.DepartmentScope;
import se.styrplan.platform.problem.ApiException;

/** The own municipality against its comparison set and the country, for one indicator and period. */
@ApplicationScoped
public class ComparisonService {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    @Inject
    DepartmentScope scope;

    @Inject
    AreaRepository areas;

    @Inject
    MeasurementRepository measurements;

    public Comparison compare(UUID indicatorId, String period, String gender, String setCode) {
        Indicator indicator = scope.readable(indicatorId);
        ComparisonSet set = areas.findSet(setCode)
                .orElseThrow(() -> ApiException.invalid("set", "no comparison set has the code " + setCode + " (see listComparisonSets)"));
        List<String> codes = set.members.stream().map(a -> a.code).collect(Collectors.toList());
        codes.add(set.ownArea.code);
        Map<String, Measurement> values = measurements.inAreas(indicatorId, period, gender, codes).stream()
                .collect(Collectors.toMap(m -> m.key.areaCode, Function.identity()));

        ComparedArea own = compared(set.ownArea, values);
        ComparedArea country = set.members.stream().filter(a -> a.kind == AreaKind.COUNTRY)
                .min(Comparator.comparing((Area a) -> a.code)).map(a -> compared(a, values)).orElse(null);
        List<ComparedArea> peers = set.members.stream()
                .filter(a -> !a.code.equals(set.ownArea.code) && (country == null || !a.code.equals(country.code())))
                .sorted(Comparator.comparing((Area a) -> a.name, SWEDISH))
                .map(a -> compared(a, values)).toList();
        List<BigDecimal> peerValues = peers.stream().map(ComparedArea::value).filter(v -> v != null).toList();
        return new Comparison(indicator.id, indicator.key, indicator.unit, indicator.direction, period, Gender.valueOf(gender),
                set.code, set.name, own, country, peers, median(peerValues), peerValues.size());
    }

    /**
     * commons-math3's median; the midpoint of two values has at most one decimal more than they have, so rounding to
     * that many decimals takes away the binary floating-point noise and nothing else.
     */
    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        double median = new Median().evaluate(values.stream().mapToDouble(BigDecimal::doubleValue).toArray());
        int scale = values.stream().mapToInt(v -> Math.max(0, v.scale())).max().orElse(0) + 1;
        return ValueRules.normalised(BigDecimal.valueOf(median).setScale(scale, RoundingMode.HALF_EVEN));
    }

    private static ComparedArea compared(Area area, Map<String, Measurement> values) {
        Measurement m = values.get(area.code);
        return new ComparedArea(area.code, area.name, area.kind, m == null ? null : m.value, m == null ? null : m.status,
                m == null ? null : m.source);
    }
}
