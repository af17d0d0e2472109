package se.styrplan.faults.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CsvBatchTest {

    @Test
    void everyRowIsAValidValueOfItsUnitAndSuppressedOnesHaveNone() {
        Catalogue catalogue = new Catalogue(List.of(new Catalogue.Indicator("p", UUID.randomUUID(), "percent", false),
                new Catalogue.Indicator("g", UUID.randomUUID(), "grade_1_6", false),
                new Catalogue.Indicator("s", UUID.randomUUID(), "sek", true)));
        KeySpace space = new KeySpace(catalogue, List.of("1780", "0000"), 3);
        String csv = CsvBatch.render(space, space.take(space.size()), new Random(5));
        String[] lines = csv.split("\n");
        assertThat(lines[0] + "\n").isEqualTo(CsvBatch.HEADER);
        assertThat(lines).hasSize(space.size() + 1);
        int suppressed = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertThat(f).hasSize(6);
            if (f[5].equals("suppressed")) {
                assertThat(f[4]).isEmpty();
                suppressed++;
                continue;
            }
            assertThat(f[5]).isIn("final", "preliminary");
            BigDecimal value = new BigDecimal(f[4]);
            switch (f[0]) {
                case "p" -> assertThat(value).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                case "g" -> assertThat(value).isBetween(BigDecimal.ONE, BigDecimal.valueOf(6));
                default -> assertThat(value).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(50_000));
            }
            assertThat(f[4]).doesNotEndWith(".0").matches("-?\\d+(\\.\\d+)?");
        }
        assertThat(suppressed).isPositive();
    }
}
