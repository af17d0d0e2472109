package se.styrplan.indicator.imports;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.measurement.Gender;
import se.styrplan.indicator.measurement.MeasurementStatus;

/**
 * Up to a chunk's rows, checked as far as their text goes ({@link RowChecks}), kept until the chunk commits (so that it
 * can be written again when a concurrent writer got in its way), then cleared and filled anew. The common row (well-formed, naming an indicator the
 * catalogue knew when the job started, a value of at most 18 digits) is packed into primitive arrays: a chunk waiting
 * for its turn is a dozen arrays, not an object per row, which the small heap's collector would otherwise copy and
 * carry into its old generation by the million; and the arrays are reused from chunk to chunk. Every other row is kept as it was read ({@link #others()}).
 */
final class Chunk {

    private static final byte NO_VALUE = Byte.MIN_VALUE;
    private static final Gender[] GENDERS = Gender.values();
    private static final MeasurementStatus[] STATUSES = MeasurementStatus.values();
    private static final byte[][] GENDER_FIELDS = Arrays.stream(GENDERS).map(g -> CopyBinary.textField(g.code())).toArray(byte[][]::new);
    private static final byte[][] STATUS_FIELDS = Arrays.stream(STATUSES).map(s -> CopyBinary.textField(s.code())).toArray(byte[][]::new);

    private int packed;
    private long[] lines;
    private long[] idHigh;
    private long[] idLow;
    private boolean[] byKey;
    private int[] areas;
    private int[] periods;
    private byte[] genders;
    private byte[] statuses;
    private long[] unscaled;
    private byte[] scales;

    /** The chunk's distinct area codes and periods, each kept once. */
    private final Codes areaCodes = new Codes();
    private final Codes periodCodes = new Codes();
    /** The keys the packed rows named their indicators by, by the indicator's id (for a refusal's words). */
    private final Map<UUID, String> keys = new HashMap<>();
    private final List<RowChecks.Staged> others = new ArrayList<>();
    private long firstLine = -1;
    private long lastLine = -1;
    private UUID lastId;

    /** @param capacity the rows a chunk is expected to hold: its arrays start at most this large, and grow when needed */
    Chunk(int capacity) {
        int size = Math.max(16, Math.min(capacity, 4096));
        lines = new long[size];
        idHigh = new long[size];
        idLow = new long[size];
        byKey = new boolean[size];
        areas = new int[size];
        periods = new int[size];
        genders = new byte[size];
        statuses = new byte[size];
        unscaled = new long[size];
        scales = new byte[size];
    }

    /** Empties the chunk for the next rows, keeping its arrays; returns it. */
    Chunk clear() {
        packed = 0;
        areaCodes.clear();
        periodCodes.clear();
        keys.clear();
        others.clear();
        firstLine = -1;
        lastLine = -1;
        lastId = null;
        return this;
    }

    /** @param id the row's indicator as the catalogue named it when the job started (null: unknown, or named by id) */
    void add(RowChecks.Staged row, UUID id) {
        if (firstLine < 0) {
            firstLine = row.line();
        }
        lastLine = row.line();
        UUID indicator = row.indicatorId() != null ? row.indicatorId() : id;
        BigDecimal value = row.value();
        if (row.problem() != null || indicator == null || value != null && value.precision() > 18) {
            others.add(row);
            return;
        }
        if (packed == lines.length) {
            grow();
        }
        int i = packed++;
        lines[i] = row.line();
        idHigh[i] = indicator.getMostSignificantBits();
        idLow[i] = indicator.getLeastSignificantBits();
        byKey[i] = row.indicatorId() == null;
        if (byKey[i] && !indicator.equals(lastId)) {
            keys.putIfAbsent(indicator, row.indicatorKey());
        }
        lastId = indicator;
        areas[i] = areaCodes.index(row.areaCode());
        periods[i] = periodCodes.index(row.period());
        genders[i] = ordinal(GENDERS, row.gender());
        statuses[i] = ordinal(STATUSES, row.status());
        if (value == null) {
            scales[i] = NO_VALUE;
        } else {
            unscaled[i] = value.unscaledValue().longValueExact();
            scales[i] = (byte) value.scale();
        }
    }

    /** Every row, packed or not. */
    int rows() {
        return packed + others.size();
    }

    long firstLine() {
        return firstLine;
    }

    long lastLine() {
        return lastLine;
    }

    /** The packed rows: 0 … packed() - 1. */
    int packed() {
        return packed;
    }

    long line(int i) {
        return lines[i];
    }

    /** The packed row's indicator; the same instance for consecutive rows of one indicator. */
    UUID indicatorId(int i, UUID previous) {
        long high = idHigh[i];
        long low = idLow[i];
        return previous != null && previous.getMostSignificantBits() == high && previous.getLeastSignificantBits() == low ? previous
                : new UUID(high, low);
    }

    /** The key the row named its indicator by, or null when it gave the id. */
    String indicatorKey(int i, UUID id) {
        return byKey[i] ? keys.get(id) : null;
    }

    String areaCode(int i) {
        return areaCodes.text(areas[i]);
    }

    /** The packed row's area code as a number: 0 … areaCodeCount() - 1. */
    int areaNumber(int i) {
        return areas[i];
    }

    int areaCodeCount() {
        return areaCodes.size();
    }

    String areaCodeOf(int number) {
        return areaCodes.text(number);
    }

    String period(int i) {
        return periodCodes.text(periods[i]);
    }

    Gender gender(int i) {
        return GENDERS[genders[i]];
    }

    MeasurementStatus status(int i) {
        return STATUSES[statuses[i]];
    }

    BigDecimal value(int i) {
        return scales[i] == NO_VALUE ? null : BigDecimal.valueOf(unscaled[i], scales[i]);
    }

    /** The packed row's area code, period, gender and status as binary COPY fields, each encoded once. */
    byte[] areaField(int i) {
        return areaCodes.field(areas[i]);
    }

    byte[] periodField(int i) {
        return periodCodes.field(periods[i]);
    }

    byte[] genderField(int i) {
        return GENDER_FIELDS[genders[i]];
    }

    byte[] statusField(int i) {
        return STATUS_FIELDS[statuses[i]];
    }

    /** Writes the packed row's value to a binary COPY (null when it has none), straight from its digits. */
    CopyBinary copyValue(int i, CopyBinary rows) throws SQLException {
        return scales[i] == NO_VALUE ? rows.numeric(null) : rows.numeric(unscaled[i], scales[i]);
    }

    /** Writes the packed row's value to a COPY (\\N when it has none), straight from its digits. */
    CopyText copyValue(int i, CopyText rows) throws SQLException {
        return scales[i] == NO_VALUE ? rows.field(null) : rows.decimal(unscaled[i], scales[i]);
    }

    /** The rows that are not packed: refused by their text, naming an unknown key, or with a value of many digits. */
    List<RowChecks.Staged> others() {
        return others;
    }

    /** The constant's position among {@code values}, by its code (RowChecks let only known codes through). */
    private static byte ordinal(Coded[] values, String code) {
        for (byte i = 0; i < values.length; i++) {
            if (values[i].code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown code " + code);
    }

    private void grow() {
        int size = lines.length * 2;
        lines = Arrays.copyOf(lines, size);
        idHigh = Arrays.copyOf(idHigh, size);
        idLow = Arrays.copyOf(idLow, size);
        byKey = Arrays.copyOf(byKey, size);
        areas = Arrays.copyOf(areas, size);
        periods = Arrays.copyOf(periods, size);
        genders = Arrays.copyOf(genders, size);
        statuses = Arrays.copyOf(statuses, size);
        unscaled = Arrays.copyOf(unscaled, size);
        scales = Arrays.copyOf(scales, size);
    }

    /**
     * Distinct texts by number, the last one looked up remembered (a body repeats an area code for many rows in a row),
     * each with its binary COPY field once it is asked for.
     */
    private static final class Codes {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> texts = new ArrayList<>();
        private final List<byte[]> fields = new ArrayList<>();
        private String last;
        private int lastNumber;

        int index(String text) {
            if (text.equals(last)) {
                return lastNumber;
            }
            Integer number = numbers.get(text);
            if (number == null) {
                number = texts.size();
                texts.add(text);
                numbers.put(text, number);
            }
            last = text;
            lastNumber = number;
            return number;
        }

        String text(int number) {
            return texts.get(number);
        }

        byte[] field(int number) {
            while (fields.size() <= number) {
                fields.add(null);
            }
            byte[] field = fields.get(number);
            if (field == null) {
                field = CopyBinary.textField(texts.get(number));
                fields.set(number, field);
            }
            return field;
        }

        int size() {
            return texts.size();
        }

        void clear() {
            numbers.clear();
            texts.clear();
            fields.clear();
            last = null;
        }
    }
}
