package dk.kk.boligsocial.messaging.outbox;

/** The outbox row could not be written; the business transaction is rolled back with it. */
public class OutboxWriteException extends RuntimeException {

    public OutboxWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
