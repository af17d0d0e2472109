package se.styrplan.devstack;

/**
 * A failure told to a person: one or two lines saying what happened and what to do, never a stack trace.
 */
public class DevstackException extends RuntimeException {

    public DevstackException(String message) {
        super(message);
    }

    public DevstackException(String message, Throwable cause) {
        super(message, cause);
    }
}
