package se.styrplan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;

/** COPY text as CopyText streams it: escaping, nulls, and numbers written from their digits. */
class CopyTextTest {

    @Test
    void aDecimalWrittenFromItsDigitsReadsAsBigDecimalsPlainString() throws Exception {
        Random random = new Random(7);
        StringBuilder expected = new StringBuilder();
        Captured captured = new Captured();
        CopyText text = new CopyText(captured);
        long[] edges = { 0, 1, -1, 9, 10, 99, 100, 5, -5, 123456789012345678L, -123456789012345678L, Long.MAX_VALUE, Long.MIN_VALUE };
        for (int n = 0; n < 20_000; n++) {
            long unscaled = n < edges.length ? edges[n] : random.nextLong() >> random.nextInt(63);
            int scale = random.nextInt(12);
            text.decimal(unscaled, scale).endRow();
            expected.append(BigDecimal.valueOf(unscaled, scale).toPlainString()).append('\n');
        }
        text.finish();
        assertThat(captured.text()).isEqualTo(expected.toString());
    }

    @Test
    void fieldsAreEscapedAndSeparatedAndNullIsBackslashN() throws Exception {
        Captured captured = new Captured();
        CopyText text = new CopyText(captured);
        text.field("a\tb\\c\nd\re\0f").field(null).plain("1780").integer(42).field("Överkalix").endRow();
        text.finish();
        assertThat(captured.text()).isEqualTo("a\\tb\\\\c\\nd\\ref\t\\N\t1780\t42\tÖverkalix\n");
    }

    @Test
    void rowsLongerThanTheBufferArriveWhole() throws Exception {
        Captured captured = new Captured();
        CopyText text = new CopyText(captured);
        String big = "x".repeat(200_000);
        text.field(big).plain("1").endRow();
        text.finish();
        assertThat(captured.text()).isEqualTo(big + "\t1\n");
        assertThat(captured.ended).isTrue();
    }

    /** What a COPY would have received. */
    private static final class Captured implements CopyIn {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean ended;

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void writeToCopy(byte[] buf, int off, int siz) {
            bytes.write(buf, off, siz);
        }

        @Override
        public void writeToCopy(org.postgresql.util.ByteStreamWriter from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flushCopy() {
        }

        @Override
        public long endCopy() {
            ended = true;
            return 0;
        }

        @Override
        public int getFieldCount() {
            return 0;
        }

        @Override
        public int getFormat() {
            return 0;
        }

        @Override
        public int getFieldFormat(int field) {
            return 0;
        }

        @Override
        public boolean isActive() {
            return !ended;
        }

        @Override
        public void cancelCopy() {
        }

        @Override
        public long getHandledRowCount() {
            return 0;
        }
    }
}
