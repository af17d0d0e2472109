package se.styrplan.indicator.imports;

import java.sql.SQLException;

/**
 * A COPY's bytes gathered in a fixed buffer and handed on whenever it fills: a chunk never becomes one large array
 * (which the small heap's collector would have to carry into its old generation). {@link CopyText} and
 * {@link CopyBinary} write their formats into it.
 */
abstract class CopyStream {

    static final int BUFFER = 1 << 16;

    /** Where full buffers go: a running COPY, or memory. */
    @FunctionalInterface
    interface Sink {
        void write(byte[] bytes, int offset, int length) throws SQLException;
    }

    private final Sink sink;
    protected final byte[] buffer = new byte[BUFFER];
    protected int length;

    protected CopyStream(Sink sink) {
        this.sink = sink;
    }

    /** Room for {@code n} more bytes in the buffer ({@code n} at most its size). */
    protected final void room(int n) throws SQLException {
        if (length + n > BUFFER) {
            flush();
        }
    }

    /** Bytes of any length, handed on as the buffer fills. */
    protected final void putAll(byte[] bytes) throws SQLException {
        int from = 0;
        while (from < bytes.length) {
            if (length == BUFFER) {
                flush();
            }
            int n = Math.min(bytes.length - from, BUFFER - length);
            System.arraycopy(bytes, from, buffer, length, n);
            length += n;
            from += n;
        }
    }

    protected final void flush() throws SQLException {
        if (length > 0) {
            sink.write(buffer, 0, length);
            length = 0;
        }
    }
}
