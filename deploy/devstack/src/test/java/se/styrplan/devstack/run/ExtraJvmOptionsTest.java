package se.styrplan.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** STYRPLAN_SERVICE_JVM_OPTIONS: more JVM options for the run command's services, or none. */
class ExtraJvmOptionsTest {

    @Test
    void theOptionsAreSplitAtWhitespace() {
        assertThat(ServiceProcess.extraJvmOptions(Map.of(ServiceProcess.EXTRA_JVM_OPTIONS, " -Xmn40m   -XX:+UseG1GC\t-Dx=1 ")))
                .containsExactly("-Xmn40m", "-XX:+UseG1GC", "-Dx=1");
    }

    @Test
    void unsetOrBlankAddsNothing() {
        assertThat(ServiceProcess.extraJvmOptions(Map.of())).isEmpty();
        assertThat(ServiceProcess.extraJvmOptions(Map.of(ServiceProcess.EXTRA_JVM_OPTIONS, "  "))).isEmpty();
    }
}
