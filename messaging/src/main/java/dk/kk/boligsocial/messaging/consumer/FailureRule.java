package dk.kk.boligsocial.messaging.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;

/**
 * Which failures of a consumer are permanent. The rule, anywhere in the cause chain:
 * <ul>
 *   <li>{@link PermanentEventFailure}: no envelope, data not JSON or not the expected payload,
 *   or a handler that declares the event unprocessable;</li>
 *   <li>{@link IllegalArgumentException}: the event's content is not acceptable (an unknown
 *   {@code ce_type}, an unknown enum value, a failed precondition on the data);</li>
 *   <li>Jackson's {@link JsonProcessingException}: data that does not map.</li>
 * </ul>
 * A permanent failure is dead-lettered at once. Everything else (SQL errors, a failed commit,
 * timeouts, {@code IllegalStateException}, ...) is transient: it is retried, and never
 * dead-lettered, because the message itself may be fine. A handler that needs another outcome
 * throws {@link PermanentEventFailure} explicitly.
 */
public final class FailureRule {

    private FailureRule() {
    }

    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PermanentEventFailure
                    || cause instanceof IllegalArgumentException
                    || cause instanceof JsonProcessingException) {
                return true;
            }
        }
        return false;
    }
}
