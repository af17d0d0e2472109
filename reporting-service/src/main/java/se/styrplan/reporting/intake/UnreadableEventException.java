package se.styrplan.reporting.intake;

/**
 * A message that can never be applied as it is: not a CloudEvent, or a payload that breaks its type's contract.
 * Its message becomes the {@code dead-letter-reason} header in the dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
