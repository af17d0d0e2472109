package se.styrplan.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** STYRPLAN_SERVICE_JVM_OPTIONS: more JVM options for the run command's services, or none. */
class ExtraJvmOptionsTest {

    @Test
    void theOptionsAreSplitAtWhitespace() {
        assertThat(ServiceProcess.extraJvmOptions(Map.of(ServiceProcess.EXTRA_JVM_OPTIONS, " -Xmn40m   -XX:+UseG1GC\t-Dx=1 "), "gateway"))
                .containsExactly("-Xmn40m", "-XX:+UseG1GC", "-Dx=1");
    }

    @Test
    void aServicesOwnOptionsComeAfterEveryServicesOptions() {
        assertThat(ServiceProcess.extraJvmOptions(Map.of(ServiceProcess.EXTRA_JVM_OPTIONS, "-XX:TieredStopAtLevel=1",
                "STYRPLAN_PLAN_SERVICE_JVM_OPTIONS", "-XX:TieredStopAtLevel=4", "STYRPLAN_GATEWAY_JVM_OPTIONS", "-Xmn8m"), "plan-service"))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4");
    }

    @Test
    void unsetOrBlankAddsNothing() {
        assertThat(ServiceProcess.extraJvmOptions(Map.of(), "gateway")).isEmpty();
        assertThat(ServiceProcess.extraJvmOptions(Map.of(ServiceProcess.EXTRA_JVM_OPTIONS, "  "), "gateway")).isEmpty();
    }
}
