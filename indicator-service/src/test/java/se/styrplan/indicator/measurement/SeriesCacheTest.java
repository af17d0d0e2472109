package se.styrplan.indicator.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.record;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.TestApi.value;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Series are kept for a while (SeriesCache, max-age 3 s in tests): a write through this service shows at once, one
 * made behind its back (plain SQL, as another replica's would be) within max-age; refusals are never kept.
 */
@QuarkusTest
class SeriesCacheTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aValueRecordedHereShowsInTheNextRead() {
        String id = createIndicator("percent");
        record(id, List.of(value("1780", "2023", "T", "41.5", "final")));
        assertThat(series(id, "1780", "T").at("/points/0/value").decimalValue()).isEqualByComparingTo("41.5");

        record(id, List.of(value("1780", "2023", "T", "43", "final"), value("1780", "2024", "T", "44", "preliminary")));

        var after = series(id, "1780", "T");
        assertThat(after.at("/points/0/value").decimalValue()).isEqualByComparingTo("43");
        assertThat(after.at("/points/1/period").asText()).isEqualTo("2024");
    }

    @Test
    void aValueWrittenElsewhereShowsWithinTheMaximumAge() throws Exception {
        String id = createIndicator("percent");
        record(id, List.of(value("1780", "2023", "T", "41.5", "final")));
        assertThat(series(id, "1780", "T").at("/points/0/value").decimalValue()).isEqualByComparingTo("41.5");

        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update measurement set value = 12, revision = revision + 1 where indicator_id = ? and area_code = '1780'")) {
            update.setObject(1, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        // kept: the same series a moment later is the one read before the change ...
        assertThat(series(id, "1780", "T").at("/points/0/value").decimalValue()).isEqualByComparingTo("41.5");
        // ... until max-age has passed
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(series(id, "1780", "T").at("/points/0/value").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(12)));
    }

    @Test
    void aRefusedReadIsNotKept() {
        String id = createIndicator("percent");
        as(VIEWER).queryParam("area", "9999").when().get("/api/indicators/definitions/" + id + "/series").then().statusCode(400);
        as(VIEWER).queryParam("area", "1780").when().get("/api/indicators/definitions/" + UUID.randomUUID() + "/series")
                .then().statusCode(404);
        record(id, List.of(value("1780", "2023", "T", "41.5", "final")));
        assertThat(series(id, "1780", "T").path("points")).hasSize(1);
    }
}
