package se.styrplan.indicator.imports;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import se.styrplan.indicator.measurement.Gender;
import se.styrplan.indicator.measurement.MeasurementStatus;
import se.styrplan.indicator.measurement.ValueRules;

/**
 * What a row's text must look like, checked while it streams in, with the words of the manual entry's checks
 * ({@link ValueRules}). Whatever needs the database (the indicator and area exist, the department, the unit's range,
 * repeated keys) is checked by the chunk's set-based statement.
 */
final class RowChecks {

    static final int MAX_FIELD = 100;
    private static final Set<String> STATUSES = Set.of(MeasurementStatus.CODES.split("\\|"));
    private static final Set<String> GENDERS = Set.of(Gender.CODES.split("\\|"));

    private RowChecks() {
    }

    /** A row as it goes into the staging table: normalised fields, or the reasons it is refused. */
    record Staged(long line, String indicatorKey, UUID indicatorId, String areaCode, String period, String gender, BigDecimal value,
            String status, String problem, String raw) {
    }

    /** @param lastYear the latest year a value may have (next year): asked once per import, not per row */
    static Staged check(BulkRow row, int lastYear) {
        if (row.unreadable() != null) {
            return new Staged(row.line(), null, null, null, null, null, null, null, row.unreadable(), row.raw());
        }
        StringBuilder problems = null; // made at the first problem: most rows have none
        UUID indicatorId = null;
        if (row.indicatorKey() == null && row.indicatorId() == null) {
            problems = add(problems, "indicatorKey", "indicatorKey or indicatorId is required");
        } else if (row.indicatorKey() != null && row.indicatorId() != null) {
            problems = add(problems, "indicatorKey", "give indicatorKey or indicatorId, not both");
        } else if (row.indicatorId() != null) {
            try {
                indicatorId = UUID.fromString(row.indicatorId());
            } catch (IllegalArgumentException e) {
                problems = add(problems, "indicatorId", "must be a UUID");
            }
        } else if (row.indicatorKey().length() > MAX_FIELD) {
            problems = add(problems, "indicatorKey", "no indicator has a key this long");
        }
        if (!fourDigits(row.areaCode())) {
            problems = add(problems, "areaCode", "must be a 4-digit area code, e.g. 1780");
        }
        String periodProblem = isPlainYear(row.period(), lastYear) ? null : ValueRules.periodProblem(row.period());
        if (periodProblem != null) {
            problems = add(problems, "period", periodProblem);
        }
        String gender = row.gender() == null ? Gender.T.code() : row.gender();
        if (!GENDERS.contains(gender)) {
            problems = add(problems, "gender", "must be one of T, K, M");
        }
        String status = row.status() == null ? MeasurementStatus.FINAL.code() : row.status();
        boolean knownStatus = STATUSES.contains(status);
        if (!knownStatus) {
            problems = add(problems, "status", "must be one of " + MeasurementStatus.CODES.replace("|", ", "));
        }
        BigDecimal value = null;
        boolean suppressed = MeasurementStatus.SUPPRESSED.code().equals(status);
        if (suppressed && row.value() != null) {
            problems = add(problems, "value", "must be empty when the status is suppressed");
        } else if (knownStatus && !suppressed && row.value() == null) {
            problems = add(problems, "value", "is required unless the status is suppressed");
        } else if (row.value() != null) {
            value = number(row.value());
            if (value == null) {
                problems = add(problems, "value", numberProblem(row.value()));
            }
        }
        if (problems != null) {
            return new Staged(row.line(), null, null, null, null, null, null, null, problems.toString(), raw(row));
        }
        return new Staged(row.line(), row.indicatorKey(), indicatorId, row.areaCode(), row.period(), gender, value, status, null, null);
    }

    /** An area code, or a plain year, without a regular expression: four digits. */
    private static boolean fourDigits(String code) {
        if (code == null || code.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The common case without a regular expression: a four-digit year in range (anything else takes ValueRules' way). */
    private static boolean isPlainYear(String period, int lastYear) {
        if (!fourDigits(period)) {
            return false;
        }
        int year = Integer.parseInt(period);
        return year >= ValueRules.FIRST_YEAR && year <= lastYear;
    }

    /** The value normalised (41.50 → 41.5, 1E+2 → 100), or null with the reason added. */
    private static BigDecimal number(String text) {
        BigDecimal value = parsed(text);
        return value == null || ValueRules.valueProblem(value) != null ? null : ValueRules.normalised(value);
    }

    /** Why {@link #number} refused the text. */
    private static String numberProblem(String text) {
        BigDecimal value = parsed(text);
        return value == null ? "must be a number, e.g. 41.5" : ValueRules.valueProblem(value);
    }

    private static BigDecimal parsed(String text) {
        try {
            return text.length() > MAX_FIELD ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The problems so far with one more; the builder is made for the first. */
    private static StringBuilder add(StringBuilder problems, String field, String message) {
        StringBuilder all = problems == null ? new StringBuilder() : problems.append("; ");
        return all.append(field).append(": ").append(message);
    }

    /** The row's fields as the template's CSV would hold them. */
    static String raw(BulkRow row) {
        StringBuilder raw = new StringBuilder();
        for (String field : new String[] { row.indicatorKey() != null ? row.indicatorKey() : row.indicatorId(), row.areaCode(),
                row.period(), row.gender(), row.value(), row.status() }) {
            if (raw.length() > 0) {
                raw.append(',');
            }
            if (field != null) {
                raw.append(field.length() > 60 ? field.substring(0, 60) + "…" : field);
            }
        }
        return raw.toString();
    }
}
