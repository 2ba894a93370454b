package dk.kk.boligsocial.messaging.consumer;

/** A dead letter could not be written (broker unreachable): a transient failure, the message is retried. */
public class DeadLetterUnavailable extends RuntimeException {

    public DeadLetterUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
