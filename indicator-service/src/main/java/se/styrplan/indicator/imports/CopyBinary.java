package se.styrplan.indicator.imports;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteConverter;

/**
 * Rows in PostgreSQL's binary COPY format, streamed to a running {@code COPY … FROM STDIN (FORMAT binary)} through a
 * fixed buffer. PostgreSQL reads a uuid, a numeric or a timestamp in binary for a fraction of what parsing its text
 * costs (measured: a third less backend time for measurement's rows), and the bulk path's rows are millions.
 */
final class CopyBinary extends CopyStream {

    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };
    /** PostgreSQL counts timestamps in microseconds from 2000-01-01T00:00Z. */
    private static final OffsetDateTime POSTGRES_EPOCH = OffsetDateTime.parse("2000-01-01T00:00:00Z");

    /** The COPY the rows go to; null for {@link #fields}. */
    private final CopyIn copy;
    /** A numeric's base-10000 digits (a long has at most five). */
    private final short[] digits = new short[5];

    private CopyBinary(Sink sink, CopyIn copy) {
        super(sink);
        this.copy = copy;
    }

    /** A COPY's rows, after the format's header. */
    static CopyBinary into(CopyIn copy) throws SQLException {
        CopyBinary rows = new CopyBinary(copy::writeToCopy, copy);
        rows.bytes(SIGNATURE);
        rows.int32(0); // flags
        rows.int32(0); // no header extension
        return rows;
    }

    /** Fields encoded once and written with {@link #encoded} on every row, e.g. the columns all rows of a chunk share. */
    static byte[] fields(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CopyBinary encoder = new CopyBinary(out::write, null);
        try {
            fields.writeTo(encoder);
            encoder.flush();
        } catch (SQLException e) {
            throw new IllegalStateException(e); // writing to memory fails on nothing
        }
        return out.toByteArray();
    }

    /** A text field, encoded once (a code that many rows repeat). */
    static byte[] textField(String value) {
        return fields(field -> field.text(value));
    }

    @FunctionalInterface
    interface Fields {
        void writeTo(CopyBinary fields) throws SQLException;
    }

    /** A row of {@code fields} fields begins. */
    CopyBinary row(int fields) throws SQLException {
        room(2);
        buffer[length++] = (byte) (fields >>> 8);
        buffer[length++] = (byte) fields;
        return this;
    }

    CopyBinary uuid(UUID id) throws SQLException {
        room(20);
        int32(16);
        int64(id.getMostSignificantBits());
        int64(id.getLeastSignificantBits());
        return this;
    }

    /** Text, or null. */
    CopyBinary text(String value) throws SQLException {
        if (value == null) {
            return absent();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        room(4);
        int32(utf8.length);
        return bytes(utf8);
    }

    /** A numeric in PostgreSQL's own binary form (pgjdbc's encoder), or null. */
    CopyBinary numeric(BigDecimal value) throws SQLException {
        if (value == null) {
            return absent();
        }
        byte[] encoded = ByteConverter.numeric(value);
        room(4);
        int32(encoded.length);
        return bytes(encoded);
    }

    /**
     * The numeric {@code unscaled} × 10^-{@code scale}, encoded from the long: PostgreSQL's base-10000 digits, most
     * significant first, without leading or trailing zero digits. pgjdbc's encoder divides BigIntegers for the same.
     */
    CopyBinary numeric(long unscaled, int scale) throws SQLException {
        long magnitude = Math.abs(unscaled);
        int pad = (4 - scale % 4) % 4; // decimals up to a whole base-10000 digit
        if (unscaled == Long.MIN_VALUE || scale < 0 || magnitude >= LARGEST_PADDED) {
            return numeric(BigDecimal.valueOf(unscaled, scale));
        }
        long rest = magnitude * POWERS_OF_TEN[pad];
        int fractionDigits = (scale + pad) / 4;
        int count = 0; // digits: least significant first
        while (rest > 0) {
            digits[count++] = (short) (rest % 10_000);
            rest /= 10_000;
        }
        int weight = count - fractionDigits - 1;
        int low = 0;
        while (low < count && digits[low] == 0) {
            low++; // trailing zero digits: not written
        }
        int ndigits = count - low;
        room(4 + 8 + 2 * ndigits);
        int32(8 + 2 * ndigits);
        int16(ndigits);
        int16(ndigits == 0 ? -1 : weight); // zero: as pgjdbc writes it
        int16(unscaled < 0 ? 0x4000 : 0);
        int16(scale);
        for (int i = count - 1; i >= low; i--) {
            int16(digits[i]);
        }
        return this;
    }

    /** Below this, a magnitude padded by up to three zeros still fits a long. */
    private static final long LARGEST_PADDED = Long.MAX_VALUE / 1000;
    private static final long[] POWERS_OF_TEN = { 1, 10, 100, 1000 };

    /** A timestamp with time zone, to the microsecond. */
    CopyBinary timestamp(OffsetDateTime at) throws SQLException {
        room(12);
        int32(8);
        int64(ChronoUnit.MICROS.between(POSTGRES_EPOCH, at));
        return this;
    }

    CopyBinary integer(int value) throws SQLException {
        room(8);
        int32(4);
        int32(value);
        return this;
    }

    /** Fields made by {@link #fields}. */
    CopyBinary encoded(byte[] fields) throws SQLException {
        return bytes(fields);
    }

    /** The format's trailer, what is buffered, and the end of the COPY; the server's verdict on the rows comes back here. */
    void finish() throws SQLException {
        room(2);
        buffer[length++] = (byte) 0xFF;
        buffer[length++] = (byte) 0xFF;
        flush();
        copy.endCopy();
    }

    private CopyBinary absent() throws SQLException {
        room(4);
        int32(-1);
        return this;
    }

    private void int16(int value) {
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void int32(int value) {
        ByteConverter.int4(buffer, length, value);
        length += 4;
    }

    private void int64(long value) {
        ByteConverter.int8(buffer, length, value);
        length += 8;
    }

    private CopyBinary bytes(byte[] bytes) throws SQLException {
        putAll(bytes);
        return this;
    }
}
