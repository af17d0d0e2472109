package se.styrplan.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure that passes by itself (the database restarting or out of reach, a lock or serialisation conflict)
 * from one that the same input would meet again (its content, or a bug). A consumer never dead-letters a message
 * for the first kind (the fault run lost an event when PostgreSQL stayed down longer than a few retries), and a
 * request that meets it is answered 503 with Retry-After, not 500 ({@link ProblemMappers}).
 */
public final class TransientFailures {

    /**
     * SQLSTATE classes and codes of a database that is away or busy rather than a message that is wrong: 08 connection
     * exceptions; 57P01-57P03 the server shutting down, crashed or not yet accepting connections; 40001 serialisation
     * failure, 40P01 deadlock; 55P03 lock not available; 53 insufficient resources (too many connections, no disk).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01", "55P03");
    private static final Set<String> CLASSES = Set.of("08", "53");

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (STATES.contains(state) || (state.length() >= 2 && CLASSES.contains(state.substring(0, 2)))) {
                    return true;
                }
            }
            if (cause instanceof jakarta.persistence.LockTimeoutException || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.QueryTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    private TransientFailures() {
    }
}
