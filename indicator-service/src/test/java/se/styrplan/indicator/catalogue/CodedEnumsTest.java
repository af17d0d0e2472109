package se.styrplan.indicator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** The enumerations' codes: what the API, the events and the database all spell the same way. */
class CodedEnumsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void queryParameterPatternsListExactlyTheCodes() {
        assertThat(IndicatorStatus.CODES).isEqualTo(codes(IndicatorStatus.values()));
        assertThat(IndicatorSource.CODES).isEqualTo(codes(IndicatorSource.values()));
    }

    @Test
    void jsonUsesTheCodeBothWays() throws Exception {
        assertThat(json.writeValueAsString(IndicatorUnit.COUNT_PER_100K)).isEqualTo("\"count_per_100k\"");
        assertThat(json.readValue("\"lower_is_better\"", Direction.class)).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThatThrownBy(() -> json.readValue("\"COUNT\"", IndicatorUnit.class)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void unknownCodeIsRefused() {
        assertThat(Coded.fromCode(IndicatorSource.class, "scb_mbu")).isEqualTo(IndicatorSource.SCB_MBU);
        assertThatThrownBy(() -> Coded.fromCode(IndicatorSource.class, "SCB_MBU")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).collect(Collectors.joining("|"));
    }
}
