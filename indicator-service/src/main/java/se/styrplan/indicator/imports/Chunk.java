package se.styrplan.indicator.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Up to a chunk's rows, checked and written in PostgreSQL's COPY text format, ready to be sent to the staging
 * table. Kept as bytes (about 70 per row) so that a chunk can be sent again when a concurrent writer got in its way.
 */
final class Chunk {

    private byte[] bytes = new byte[1 << 20];
    private int length;
    private int rows;
    private long firstLine = -1;
    private long lastLine = -1;

    void add(RowChecks.Staged row) {
        if (firstLine < 0) {
            firstLine = row.line();
        }
        lastLine = row.line();
        rows++;
        text(Long.toString(row.line()));
        tab();
        text(row.indicatorKey());
        tab();
        UUID id = row.indicatorId();
        text(id == null ? null : id.toString());
        tab();
        text(row.areaCode());
        tab();
        text(row.period());
        tab();
        text(row.gender());
        tab();
        text(row.value());
        tab();
        text(row.status());
        tab();
        text(row.problem());
        tab();
        text(row.raw());
        put((byte) '\n');
    }

    int rows() {
        return rows;
    }

    long firstLine() {
        return firstLine;
    }

    long lastLine() {
        return lastLine;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    private void tab() {
        put((byte) '\t');
    }

    /** A field in COPY text format: \N for null; backslash, tab, newline and carriage return escaped. */
    private void text(String value) {
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                escapedUtf8(value.substring(i));
                return;
            }
            ascii(c);
        }
    }

    private void ascii(char c) {
        switch (c) {
            case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
            case '\t' -> { put((byte) '\\'); put((byte) 't'); }
            case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
            case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
            case '\0' -> { } // PostgreSQL text cannot hold NUL
            default -> put((byte) c);
        }
    }

    private void escapedUtf8(String rest) {
        for (byte b : rest.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\0", "").getBytes(StandardCharsets.UTF_8)) {
            put(b);
        }
    }

    private void put(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = b;
    }
}
