package se.styrplan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.postgresql.util.ByteConverter;

/** Numerics encoded from their digits read back, through pgjdbc's decoder, as the same number with the same scale. */
class CopyBinaryTest {

    @Test
    void aNumericEncodedFromItsDigitsDecodesToTheSameValueAndScale() {
        Random random = new Random(11);
        long[] edges = { 0, 1, -1, 9999, 10000, 10001, 100_000_000, 5, -5, 123456789012345678L, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MAX_VALUE / 1000, Long.MAX_VALUE / 1000 + 1 };
        for (int n = 0; n < 50_000; n++) {
            long unscaled = n < edges.length ? edges[n] : random.nextLong() >> random.nextInt(63);
            int scale = random.nextInt(11);
            BigDecimal expected = BigDecimal.valueOf(unscaled, scale);
            byte[] field = CopyBinary.fields(fields -> fields.numeric(unscaled, scale));
            byte[] numeric = Arrays.copyOfRange(field, 4, field.length); // after the field's length
            assertThat(ByteConverter.int4(field, 0)).isEqualTo(numeric.length);
            BigDecimal decoded = (BigDecimal) ByteConverter.numeric(numeric);
            assertThat(decoded).as("%s", expected).isEqualByComparingTo(expected);
            assertThat(decoded.scale()).as("%s", expected).isEqualTo(scale);
        }
    }

    @Test
    void aNumericHasPostgresqlsOwnEncodingAsPgjdbcWritesIt() {
        for (String text : new String[] { "41.5", "100", "10000", "-0.0001", "0", "0.00", "123456.7891", "1E+2" }) {
            BigDecimal value = new BigDecimal(text);
            BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
            byte[] ours = CopyBinary.fields(fields -> fields.numeric(plain.unscaledValue().longValueExact(), plain.scale()));
            byte[] theirs = CopyBinary.fields(fields -> fields.numeric(plain));
            assertThat(ours).as(text).isEqualTo(theirs);
        }
    }
}
