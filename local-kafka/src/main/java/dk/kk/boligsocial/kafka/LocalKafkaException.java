package dk.kk.boligsocial.kafka;

/** The local broker could not be started or stopped; the message carries the tail of its log. */
public class LocalKafkaException extends RuntimeException {

    public LocalKafkaException(String message) {
        super(message);
    }

    public LocalKafkaException(String message, Throwable cause) {
        super(message, cause);
    }
}
