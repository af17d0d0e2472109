package se.styrplan.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void theDefaultsAreTheDocumentedRun() {
        Settings s = Settings.parse(new String[0]);
        assertThat(s.valuesPerScenario() * 4).isEqualTo(1_000_000);
        assertThat(s.soak()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.scenarios()).containsExactly(1, 2, 3, 4, 5);
        assertThat(s.postgresDown()).isZero();
    }

    @Test
    void aShortRunIsChosenByArguments() {
        Settings s = Settings.parse(new String[] { "--values-per-scenario", "50000", "--soak-minutes", "0.5", "--scenarios", "2, 5",
                "--postgres-down-seconds", "15" });
        assertThat(s.valuesPerScenario()).isEqualTo(50_000);
        assertThat(s.soak()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.scenarios()).isEqualTo(List.of(2, 5));
        assertThat(s.postgresDown()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void unknownOrIncompleteOrOutOfRangeArgumentsAreRefused() {
        assertThatThrownBy(() -> Settings.parse(new String[] { "--help" })).hasMessageContaining("unknown argument --help");
        assertThatThrownBy(() -> Settings.parse(new String[] { "--batch" })).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Settings.parse(new String[] { "--scenarios", "6" })).hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> Settings.parse(new String[] { "--values-per-scenario", "0" })).isInstanceOf(IllegalArgumentException.class);
    }
}
