package dk.kk.boligsocial.messaging.cloudevents;

/**
 * A message that can never be processed, however often it is retried: no CloudEvents envelope,
 * data that is not JSON or does not map to the expected payload, or a handler that recognises the
 * event as unprocessable. Such a message goes to the dead-letter topic instead of being retried.
 */
public class PermanentEventFailure extends RuntimeException {

    public PermanentEventFailure(String message) {
        super(message);
    }

    public PermanentEventFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
