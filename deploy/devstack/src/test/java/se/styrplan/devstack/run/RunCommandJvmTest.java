package se.styrplan.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The run command's JVM settings per service: plan-service with C1 only, the others with both compilers. */
class RunCommandJvmTest {

    @Test
    void planServiceRunsWithC1OnlyAndTheCommonSettings() {
        assertThat(ServiceProcess.runCommandJvm("plan-service")).containsAll(ServiceProcess.RUN_COMMAND_JVM)
                .contains("-XX:TieredStopAtLevel=1").endsWith("-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void theOtherServicesKeepBothCompilers() {
        for (String service : new String[] { "gateway", "indicator-service", "reporting-service" }) {
            assertThat(ServiceProcess.runCommandJvm(service)).as(service).isEqualTo(ServiceProcess.RUN_COMMAND_JVM)
                    .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
        }
    }
}
