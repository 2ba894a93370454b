package dk.kk.boligsocial.messaging.consumer;

/** The processed-event record could not be written (a transient failure: the database is the usual cause). */
public class ProcessedEventWriteException extends RuntimeException {

    public ProcessedEventWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
