package se.styrplan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.styrplan.platform.problem.ApiException;

/** Demo values are off unless an installation switches them on: a production catalogue never gets synthetic values. */
class DemoSwitchTest {

    @Test
    void switchedOffTheEndpointAnswersNotFoundAndGeneratesNothing() {
        DemoResource resource = new DemoResource();
        resource.enabled = false;
        // no DemoValues injected: reaching the generator would fail with a NullPointerException instead
        assertThatThrownBy(resource::generate).isInstanceOf(ApiException.class)
                .hasMessageContaining("switched off")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ApiException) e).status()).isEqualTo(404));
    }
}
