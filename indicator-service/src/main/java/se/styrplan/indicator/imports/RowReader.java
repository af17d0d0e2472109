package se.styrplan.indicator.imports;

import java.io.IOException;

/** Rows of an import body or file, one at a time, so that no body is ever held whole in memory. */
interface RowReader extends AutoCloseable {

    /** The next row, or null at the end. */
    BulkRow next() throws IOException;

    /** Frees what the reader holds besides the body (e.g. a spooled file); the body itself is the caller's. */
    @Override
    default void close() throws IOException {
    }

    /** A body that cannot be read on (a bad header, broken CSV quoting): the job fails with this reason. */
    class UnreadableBody extends RuntimeException {
        UnreadableBody(String reason) {
            super(reason);
        }

        UnreadableBody(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
