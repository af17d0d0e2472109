package se.styrplan.faults.load;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;

/**
 * One body for indicator-service's bulk API ({@code text/csv}), in the shape of IngestBenchmark's Kolada-like data: a
 * value in the unit's range, 3 % suppressed (no value), 5 % preliminary, the rest final.
 */
public final class CsvBatch {

    public static final String HEADER = "indicatorKey,areaCode,period,gender,value,status\n";

    private CsvBatch() {
    }

    public static String render(KeySpace space, long[] keys, Random random) {
        StringBuilder csv = new StringBuilder(HEADER.length() + keys.length * 48).append(HEADER);
        for (long key : keys) {
            Catalogue.Indicator indicator = space.indicator(key);
            double r = random.nextDouble();
            String status = r < 0.03 ? "suppressed" : r < 0.08 ? "preliminary" : "final";
            String value = status.equals("suppressed") ? "" : value(indicator.unit(), random);
            csv.append(indicator.key()).append(',').append(space.area(key)).append(',').append(space.year(key)).append(',')
                    .append(space.gender(key)).append(',').append(value).append(',').append(status).append('\n');
        }
        return csv.toString();
    }

    /** A value within what indicator-service accepts for the unit (percent and index 0–100, grade 1–6). */
    static String value(String unit, Random random) {
        String v = switch (unit) {
            case "percent", "index_0_100" -> String.format(Locale.ROOT, "%.1f", random.nextDouble() * 100);
            case "grade_1_6" -> String.format(Locale.ROOT, "%.1f", 1 + random.nextDouble() * 5);
            default -> String.format(Locale.ROOT, "%.2f", random.nextDouble() * 50_000);
        };
        return new BigDecimal(v).stripTrailingZeros().toPlainString();
    }
}
