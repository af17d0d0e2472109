package se.styrplan.faults.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DatabasesTest {

    @Test
    void indicatorsDifferWhenTheirRowsOrFingerprintsDifferOrOneSideLacksThem() {
        Map<String, Databases.Fingerprint> source = Map.of("a", new Databases.Fingerprint(3, "10"), "b", new Databases.Fingerprint(2, "5"),
                "c", new Databases.Fingerprint(1, "1"), "d", new Databases.Fingerprint(4, "9"));
        Map<String, Databases.Fingerprint> readModel = Map.of("a", new Databases.Fingerprint(3, "10"), "b", new Databases.Fingerprint(2, "6"),
                "d", new Databases.Fingerprint(3, "9"), "e", new Databases.Fingerprint(1, "1"));
        assertThat(Databases.differing(source, readModel)).isEqualTo(4); // b, c, d, e
        assertThat(Databases.differing(source, source)).isZero();
    }

    @Test
    void anEventIdIsReadFromTheCloudEventAndAnUnreadableOneIsMarked() {
        assertThat(Kafka.idOf("{\"specversion\":\"1.0\",\"id\":\"e-1\",\"type\":\"t\"}")).isEqualTo("e-1");
        assertThat(Kafka.idOf("not json")).isEqualTo("?");
        assertThat(Kafka.idOf("{\"id\":7}")).isEqualTo("?");
    }
}
