package se.styrplan.reporting.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import se.styrplan.reporting.ReportingConfig;
import se.styrplan.reporting.status.Period;

/**
 * An indicator's series as the reports compare it: the own municipality, the median of its comparison
 * municipalities, Riket, and the own values of women and men. All come from the same measurement events.
 */
@ApplicationScoped
public class Comparisons {

    @Inject
    EntityManager em;

    @Inject
    ReportingConfig config;

    /** Every period with any value, oldest first, whatever the values' status (each row says the own value's). */
    @SuppressWarnings("unchecked")
    public List<ComparisonRow> series(UUID indicatorId) {
        List<String> areas = new ArrayList<>(config.comparisonAreas());
        areas.add(config.ownArea());
        areas.add(config.countryArea());
        List<Object[]> rows = em.createNativeQuery("""
                select area_code, period, gender, value, status from measurement
                where indicator_id = :indicator and area_code in (:areas)
                """).setParameter("indicator", indicatorId).setParameter("areas", areas).getResultList();
        Map<Period, Builder> byPeriod = new TreeMap<>();
        for (Object[] r : rows) {
            String period = (String) r[1];
            if (!Period.isCode(period)) {
                continue;
            }
            Builder b = byPeriod.computeIfAbsent(Period.parse(period), p -> new Builder());
            String area = (String) r[0];
            String gender = (String) r[2];
            Double value = r[3] == null ? null : ((BigDecimal) r[3]).doubleValue();
            if (area.equals(config.ownArea())) {
                switch (gender) {
                    case "T" -> {
                        b.own = value;
                        b.ownStatus = (String) r[4];
                    }
                    case "K" -> b.women = value;
                    case "M" -> b.men = value;
                    default -> {
                        // no other gender is stored
                    }
                }
            } else if ("T".equals(gender) && value != null) {
                if (area.equals(config.countryArea())) {
                    b.country = value;
                } else {
                    b.comparison.add(value);
                }
            }
        }
        List<ComparisonRow> result = new ArrayList<>(byPeriod.size());
        byPeriod.forEach((period, b) -> result.add(b.build(period.code())));
        return result;
    }

    private static final class Builder {
        Double own;
        String ownStatus;
        Double country;
        Double women;
        Double men;
        final List<Double> comparison = new ArrayList<>();

        ComparisonRow build(String period) {
            Double median = comparison.isEmpty() ? null
                    : new Median().evaluate(comparison.stream().mapToDouble(Double::doubleValue).toArray());
            return new ComparisonRow(period, own, ownStatus, median, comparison.size(), country, women, men);
        }
    }
}
