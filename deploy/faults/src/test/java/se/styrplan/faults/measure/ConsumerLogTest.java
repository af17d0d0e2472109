package se.styrplan.faults.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import se.styrplan.faults.verdict.LoggedOutcome;
import se.styrplan.faults.verdict.RecordRef;

class ConsumerLogTest {

    @Test
    void readsTheOutcomeLinesOfTheConsumersAndNothingElse() throws IOException {
        String log = """
                11:02:03.123 DEBUG [se.st.re.in.EventConsumers] (vert.x-worker-thread-1) [req ] applied styrplan.indicator.v1-3@1234 (key 9f6-…)
                11:02:03.200 INFO  [io.qu.ka] (main) something else about styrplan.indicator.v1-3@1234
                11:02:03.300 DEBUG [se.st.re.in.EventConsumers] (vert.x-worker-thread-2) [req ] ignored styrplan.plan.v1-0@7 (key plan/x)
                11:02:04.000 DEBUG [se.st.re.in.EventConsumers] (vert.x-worker-thread-1) [req ] duplicate styrplan.indicator.v1-3@1235 (key 9f6)
                11:02:04.100 DEBUG [se.st.re.in.EventConsumers] (vert.x-worker-thread-1) [req ] applied styrplan.indicator.v1-3@12""";
        assertThat(ConsumerLog.parse(new StringReader(log))).containsExactly(
                new LoggedOutcome("applied", new RecordRef("styrplan.indicator.v1", 3, 1234)),
                new LoggedOutcome("ignored", new RecordRef("styrplan.plan.v1", 0, 7)),
                new LoggedOutcome("duplicate", new RecordRef("styrplan.indicator.v1", 3, 1235)));
    }
}
