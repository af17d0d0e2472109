package se.styrplan.indicator.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format (fields separated by tabs, rows ended by newlines), streamed to a running
 * {@code COPY … FROM STDIN}.
 */
final class CopyText extends CopyStream {

    private final CopyIn copy;
    private boolean rowStarted;

    CopyText(CopyIn copy) {
        super(copy::writeToCopy);
        this.copy = copy;
    }

    /** Any text: \N for null; backslash, tab, newline and carriage return escaped; NUL (which text cannot hold) dropped. */
    CopyText field(String value) throws SQLException {
        if (value == null) {
            return formatted(NULL);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c == '\\' || c >= 0x80) {
                return formatted(escaped(value).getBytes(StandardCharsets.UTF_8));
            }
        }
        return plain(value);
    }

    /**
     * A field known to hold only printable ASCII other than the backslash (digits, codes, UUIDs, numbers that
     * {@link RowChecks} let through), copied as it is.
     */
    CopyText plain(String value) throws SQLException {
        int n = value.length();
        if (n + 1 > BUFFER) {
            return formatted(value.getBytes(StandardCharsets.US_ASCII));
        }
        separate(n);
        byte[] b = buffer;
        int at = length;
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) value.charAt(i);
        }
        length = at + n;
        return this;
    }

    /** A number as PostgreSQL's numeric reads it; \N for null. */
    CopyText number(BigDecimal value) throws SQLException {
        return value == null ? formatted(NULL) : plain(value.toPlainString());
    }

    /**
     * The number {@code unscaled} × 10^-{@code scale} in plain digits, written straight from the long: a chunk writes
     * millions, and BigDecimal's toPlainString made a string and a builder for each.
     */
    CopyText decimal(long unscaled, int scale) throws SQLException {
        if (unscaled == Long.MIN_VALUE || scale < 0 || scale > 18) {
            return plain(BigDecimal.valueOf(unscaled, scale).toPlainString());
        }
        separate(40);
        long rest = unscaled;
        if (rest < 0) {
            buffer[length++] = '-';
            rest = -rest;
        }
        int digits = 1;
        for (long left = rest / 10; left > 0; left /= 10) {
            digits++;
        }
        int integerDigits = Math.max(1, digits - scale);
        int at = length + integerDigits + (scale > 0 ? 1 + scale : 0);
        length = at;
        for (int i = 0; i < scale; i++) {
            buffer[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        if (scale > 0) {
            buffer[--at] = '.';
        }
        for (int i = 0; i < integerDigits; i++) {
            buffer[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return this;
    }

    /** A whole number, e.g. a line number. */
    CopyText integer(long value) throws SQLException {
        return decimal(value, 0);
    }

    /** Bytes already in COPY text format. */
    private CopyText formatted(byte[] fields) throws SQLException {
        separate(fields.length);
        putAll(fields);
        return this;
    }

    void endRow() throws SQLException {
        if (length == BUFFER) {
            flush();
        }
        buffer[length++] = '\n';
        rowStarted = false;
    }

    /** Sends what is buffered and ends the COPY; the server's verdict on the rows comes back here. */
    void finish() throws SQLException {
        flush();
        copy.endCopy();
    }

    private static final byte[] NULL = { '\\', 'N' };

    /** Room for a separator and {@code n} more bytes (when they fit in the buffer at all), then the separator. */
    private void separate(int n) throws SQLException {
        room(Math.min(n + 1, BUFFER));
        if (rowStarted) {
            buffer[length++] = '\t';
        }
        rowStarted = true;
    }


    private static String escaped(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r").replace("\0", "");
    }
}
