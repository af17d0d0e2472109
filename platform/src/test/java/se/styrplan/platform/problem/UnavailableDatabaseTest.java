package se.styrplan.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** A request that meets the database away is told to come back (503, Retry-After), not that the service broke (500). */
class UnavailableDatabaseTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void theDatabaseAwayIsA503WithRetryAfter() {
        SQLException refused = new SQLException("Connection to localhost:15432 refused", "08001", new ConnectException("refused"));
        Response response = mappers.unexpected(new JDBCConnectionException("Unable to acquire JDBC Connection", refused), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type().toString()).endsWith("/unavailable");
        assertThat(problem.detail()).doesNotContain("15432").doesNotContain("JDBC");
    }

    @Test
    void anythingElseUnexpectedStaysA500WithoutDetail() {
        Response response = mappers.unexpected(new IllegalStateException("bug at Foo.java:12"), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isNull();
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("Foo.java");
    }
}
