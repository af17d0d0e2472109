package se.styrplan.indicator.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The template's CSV, read record by record with Commons CSV: UTF-8 (a byte order mark is skipped), a header line
 * naming the documented columns in any order, comma or semicolon separated (the separator of the header line
 * counts: Swedish Excel writes semicolons, and then decimals may have a comma). A row with the wrong number of
 * fields is refused on its own; quoting so broken that the rest cannot be read fails the job.
 */
final class CsvRows implements RowReader {

    private static final int MAX_HEADER = 4096;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;
    /** Each field's column index (-1: not in the header), looked up once: a map lookup per field was a tenth of an import's time. */
    private final int indicatorKey;
    private final int indicatorId;
    private final int areaCode;
    private final int period;
    private final int gender;
    private final int value;
    private final int status;
    private final boolean decimalComma;

    CsvRows(InputStream body) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 65536);
        reader.mark(MAX_HEADER);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
        }
        reader.mark(MAX_HEADER);
        char[] head = new char[MAX_HEADER];
        int n = reader.read(head);
        reader.reset();
        if (n <= 0) {
            throw new UnreadableBody("the body is empty: the first line must name the columns " + String.join(", ", BulkRow.COLUMNS));
        }
        String headerLine = new String(head, 0, n).lines().findFirst().orElse("");
        char separator = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        decimalComma = separator == ';';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try {
            parser = format.parse(reader);
        } catch (IllegalArgumentException e) {
            throw new UnreadableBody("line 1: " + e.getMessage());
        }
        columns = parser.getHeaderMap();
        checkHeader(columns.keySet());
        indicatorKey = index("indicatorKey");
        indicatorId = index("indicatorId");
        areaCode = index("areaCode");
        period = index("period");
        gender = index("gender");
        value = index("value");
        status = index("status");
        records = parser.iterator();
    }

    static void checkHeader(Iterable<String> names) {
        List<String> unknown = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (String name : names) {
            (BulkRow.COLUMNS.contains(name) ? given : unknown).add(name);
        }
        if (!unknown.isEmpty()) {
            throw new UnreadableBody("line 1: unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + "; the columns are " + String.join(", ", BulkRow.COLUMNS));
        }
        List<String> missing = new ArrayList<>();
        if (!given.contains("indicatorKey") && !given.contains("indicatorId")) {
            missing.add("indicatorKey or indicatorId");
        }
        for (String required : List.of("areaCode", "period", "value")) {
            if (!given.contains(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableBody("line 1: the header lacks " + String.join(", ", missing) + "; the columns are "
                    + String.join(", ", BulkRow.COLUMNS) + " (gender and status may be left out)");
        }
    }

    @Override
    public BulkRow next() {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports broken quoting this way; the position after it is unknown, so reading stops here
            throw new UnreadableBody("line " + (parser.getCurrentLineNumber() + 1) + ": the CSV cannot be read on ("
                    + firstLine(e.getMessage()) + ")", e);
        }
        // the line a record ends on: its own line, unless a quoted field spans lines
        long line = parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
            return BulkRow.unreadable(line, "has " + record.size() + " fields where the header names " + columns.size(),
                    String.join(",", record.toList()));
        }
        return new BulkRow(line, field(record, indicatorKey), field(record, indicatorId), field(record, areaCode),
                field(record, period), field(record, gender), decimal(field(record, value)), field(record, status), null, null);
    }

    private int index(String column) {
        Integer index = columns.get(column);
        return index == null ? -1 : index;
    }

    private static String field(CSVRecord record, int index) {
        if (index < 0) {
            return null;
        }
        String value = record.get(index);
        return value.isEmpty() ? null : value;
    }

    private String decimal(String text) {
        return decimalComma && text != null && text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown cause";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
