package se.styrplan.indicator.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Newline-delimited JSON: one object per line with the documented fields ({@code value} a number or null), read
 * line by line so that a malformed line is refused on its own and the lines after it still count. Blank lines are
 * skipped; a line longer than {@value #MAX_LINE} bytes is refused.
 */
final class NdjsonRows implements RowReader {

    static final int MAX_LINE = 8192;

    private final InputStream body;
    private final ObjectReader reader;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;
    private long line;
    private byte[] lineBytes = new byte[256];

    NdjsonRows(InputStream body, ObjectReader reader) {
        this.body = body;
        this.reader = reader;
    }

    @Override
    public BulkRow next() throws IOException {
        while (true) {
            int length = readLine();
            if (length < 0) {
                return null;
            }
            line++;
            if (length > MAX_LINE) {
                return BulkRow.unreadable(line, "is longer than " + MAX_LINE + " bytes", text(Math.min(length, 200)));
            }
            if (isBlank(length)) {
                continue;
            }
            return parse(length);
        }
    }

    private BulkRow parse(int length) {
        JsonNode node;
        try {
            node = reader.readTree(lineBytes, 0, length);
        } catch (JsonProcessingException e) {
            return BulkRow.unreadable(line, "is not a JSON object: " + e.getOriginalMessage(), text(length));
        } catch (IOException e) {
            return BulkRow.unreadable(line, "is not a JSON object", text(length));
        }
        if (node == null || !node.isObject()) {
            return BulkRow.unreadable(line, "is not a JSON object", text(length));
        }
        StringBuilder problems = new StringBuilder();
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!BulkRow.COLUMNS.contains(name)) {
                problems.append(problems.length() == 0 ? "" : "; ").append(name).append(": is not a field of a value (the fields are ")
                        .append(String.join(", ", BulkRow.COLUMNS)).append(')');
            }
        }
        String value = null;
        JsonNode v = node.get("value");
        if (v != null && !v.isNull()) {
            if (v.isNumber()) {
                value = v.decimalValue().toPlainString();
            } else {
                problems.append(problems.length() == 0 ? "" : "; ").append("value: must be a number or null");
            }
        }
        if (problems.length() > 0) {
            return BulkRow.unreadable(line, problems.toString(), text(length));
        }
        return new BulkRow(line, string(node, "indicatorKey"), string(node, "indicatorId"), string(node, "areaCode"),
                string(node, "period"), string(node, "gender"), value, string(node, "status"), null, null);
    }

    /** A field's text; a number stands for its digits (period 2024), null and absent for nothing. */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String text = v.isValueNode() ? v.asText() : v.toString();
        return text.isEmpty() ? null : text;
    }

    /** Reads up to the next newline into lineBytes (without it and a CR before it); -1 at the end of the body. */
    private int readLine() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = body.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? trimCr(length) : -1;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            if (length < MAX_LINE + 1) {
                int keep = Math.min(chunk, MAX_LINE + 1 - length);
                if (lineBytes.length < length + keep) {
                    lineBytes = Arrays.copyOf(lineBytes, Math.max(lineBytes.length * 2, length + keep));
                }
                System.arraycopy(buffer, start, lineBytes, length, keep);
            }
            length += chunk;
            if (position < limit) {
                position++; // the newline
                return trimCr(length);
            }
        }
    }

    private int trimCr(int length) {
        return length > 0 && length <= MAX_LINE && lineBytes[length - 1] == '\r' ? length - 1 : length;
    }

    private boolean isBlank(int length) {
        for (int i = 0; i < length; i++) {
            if (lineBytes[i] != ' ' && lineBytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private String text(int length) {
        return new String(lineBytes, 0, Math.min(length, Math.min(200, lineBytes.length)), StandardCharsets.UTF_8);
    }
}
