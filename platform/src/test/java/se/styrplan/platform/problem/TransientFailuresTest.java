package se.styrplan.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are the database's (wait and try again, 503 for a request) and which the input's (dead letter, 4xx/500). */
class TransientFailuresTest {

    @Test
    void theDatabaseAwayOrBusyIsTransientWhereverItIsInTheCauses() {
        // what Agroal and Hibernate threw in the fault run while PostgreSQL was down
        SQLException refused = new SQLException("Connection to localhost:15432 refused", "08001", new ConnectException("refused"));
        assertThat(TransientFailures.isTransient(new JDBCConnectionException("Unable to acquire JDBC Connection", refused))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException("wrapped", new RuntimeException(refused)))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLTransientConnectionException("pool timeout")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("too many clients", "53300")))).isTrue();
    }

    @Test
    void aFailureTheMessageWouldMeetAgainIsNot() {
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("no data in the event"))).isFalse();
        assertThat(TransientFailures.isTransient(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value", "23505"), "read_model_pkey"))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("no state")))).isFalse();
    }
}
