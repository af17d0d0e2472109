package se.styrplan.indicator.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrplan.indicator.area.AreaRepository;
import se.styrplan.indicator.area.ComparisonSet;
import se.styrplan.indicator.catalogue.Direction;
import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.IndicatorStatus;
import se.styrplan.indicator.catalogue.IndicatorUnit;
import se.styrplan.indicator.measurement.MeasurementSource;
import se.styrplan.indicator.measurement.MeasurementStatus;
import se.styrplan.platform.problem.ApiException;

/**
 * Demo values, so that a fresh platform shows something living: yearly values 2015–2025 of every active indicator for
 * a comparison set's areas (Karlstad, its comparison municipalities and Riket), per gender where the indicator is
 * divided by gender. Plausible for each unit, drifting the right way for the own municipality, and always the same
 * (seeded by indicator key, area, year and gender), so that generating them again changes nothing. They are marked
 * in the data itself: status {@code synthetic}, source {@code demo}; a value that did not come from the demo (a Kolada
 * figure, an entry by hand) is never replaced.
 */
@ApplicationScoped
public class DemoValues {

    static final String SET = "karlstad-jamforelse";
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2025;

    @Inject
    BulkImporter importer;

    @Inject
    AreaRepository areas;

    @Inject
    ImportJobs jobs;

    @Inject
    EntityManager em;

    public ImportJobView generate() {
        List<BulkRow> rows = QuarkusTransaction.requiringNew().call(this::rows);
        Iterator<BulkRow> next = rows.iterator();
        return importer.importRows(jobs.start(new ImportJobs.Spec(ImportKind.DEMO, "demo", null, (long) rows.size(), "rows",
                "{\"comparisonSet\":\"" + SET + "\",\"from\":" + FIRST_YEAR + ",\"to\":" + LAST_YEAR + "}")),
                () -> () -> next.hasNext() ? next.next() : null, null, MeasurementSource.DEMO);
    }

    private List<BulkRow> rows() {
        ComparisonSet set = areas.findSet(SET).orElseThrow(() -> ApiException.conflict("no-comparison-set",
                "The comparison set " + SET + " is missing"));
        List<String> areaCodes = set.members.stream().map(a -> a.code).sorted().toList();
        List<Indicator> indicators = em.createQuery("select i from Indicator i where i.status = :active order by i.key", Indicator.class)
                .setParameter("active", IndicatorStatus.ACTIVE).getResultList();
        Set<String> real = new HashSet<>(em.createQuery("select concat(m.key.indicatorId, '/', m.key.areaCode, '/', m.key.period, '/', "
                + "m.key.gender) from Measurement m where m.source <> :demo and m.key.areaCode in :areas", String.class)
                .setParameter("demo", MeasurementSource.DEMO).setParameter("areas", areaCodes).getResultList());
        List<BulkRow> rows = new ArrayList<>();
        long line = 0;
        for (Indicator indicator : indicators) {
            List<String> genders = Boolean.TRUE.equals(indicator.dividedByGender) ? List.of("T", "K", "M") : List.of("T");
            for (String area : areaCodes) {
                for (String gender : genders) {
                    Random random = new Random(seed(indicator.key, area, gender));
                    double level = level(indicator.unit, random, area);
                    double drift = drift(indicator, area, random);
                    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                        line++;
                        double value = level * Math.pow(1 + drift, year - FIRST_YEAR) * (1 + (random.nextDouble() - 0.5) * 0.04)
                                * genderFactor(gender, random);
                        if (real.contains(indicator.id + "/" + area + "/" + year + "/" + gender)) {
                            continue;
                        }
                        rows.add(new BulkRow(line, null, indicator.id.toString(), area, Integer.toString(year), gender,
                                format(indicator.unit, value), MeasurementStatus.SYNTHETIC.code(), null, null));
                    }
                }
            }
        }
        return rows;
    }

    private static long seed(String key, String area, String gender) {
        return UUID.nameUUIDFromBytes((key + "/" + area + "/" + gender).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    /** A starting level in the unit's usual range; the country's counts are a hundred times a municipality's. */
    private static double level(IndicatorUnit unit, Random random, String area) {
        double r = random.nextDouble();
        double country = "0000".equals(area) ? 100 : 1;
        return switch (unit) {
            case PERCENT -> 20 + r * 65;
            case INDEX_0_100 -> 45 + r * 35;
            case GRADE_1_6 -> 3 + r * 2;
            case COUNT -> (500 + r * 20_000) * country;
            case TONNES -> (20_000 + r * 200_000) * country;
            case YES_COUNT -> 2 + r * 15;
            case COUNT_PER_100K -> 100 + r * 900;
            case COUNT_PER_1000 -> 2 + r * 20;
            case COUNT_PER_INHABITANT -> 1 + r * 5;
            case DAYS_PER_PERSON -> 8 + r * 12;
            case SEK -> 20_000 + r * 60_000;
            case TONNES_PER_INHABITANT -> 3 + r * 5;
            case MIL_PER_INHABITANT -> 500 + r * 300;
            case MICROGRAM_PER_M3 -> 6 + r * 12;
            case KG_PER_INHABITANT -> 150 + r * 300;
            case MG_PER_KG -> 5 + r * 30;
            case RATIO -> 0.6 + r * 0.8;
            case CHILDREN_PER_TEACHER -> 4.5 + r * 1.5;
        };
    }

    /** A yearly drift of up to 2 %: the own municipality improves, the others wander either way. */
    private static double drift(Indicator indicator, String area, Random random) {
        double size = random.nextDouble() * 0.02;
        if ("1780".equals(area) && indicator.direction != Direction.NONE) {
            return indicator.direction == Direction.HIGHER_IS_BETTER ? size : -size;
        }
        return random.nextBoolean() ? size : -size;
    }

    private static double genderFactor(String gender, Random random) {
        return switch (gender) {
            case "K" -> 1 + random.nextDouble() * 0.06;
            case "M" -> 1 - random.nextDouble() * 0.06;
            default -> 1;
        };
    }

    /** Rounded as the unit is usually published, and kept inside the unit's bounds. */
    private static String format(IndicatorUnit unit, double value) {
        int decimals = switch (unit) {
            case COUNT, TONNES, YES_COUNT, SEK, MIL_PER_INHABITANT, KG_PER_INHABITANT -> 0;
            case RATIO -> 2;
            default -> 1;
        };
        double bounded = switch (unit) {
            case PERCENT, INDEX_0_100 -> Math.max(0, Math.min(100, value));
            case GRADE_1_6 -> Math.max(1, Math.min(6, value));
            default -> Math.max(0, value);
        };
        return BigDecimal.valueOf(bounded).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
