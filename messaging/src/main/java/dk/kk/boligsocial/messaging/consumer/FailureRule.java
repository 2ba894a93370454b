package dk.kk.boligsocial.messaging.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;

import java.sql.SQLException;

/**
 * Which failures of a consumer are permanent. The rule, anywhere in the cause chain:
 * <ul>
 *   <li>{@link PermanentEventFailure}: no envelope, data not JSON or not the expected payload,
 *   or a handler that declares the event unprocessable;</li>
 *   <li>{@link IllegalArgumentException}: the event's content is not acceptable (an unknown
 *   {@code ce_type}, an unknown enum value, a failed precondition on the data);</li>
 *   <li>Jackson's {@link JsonProcessingException}: data that does not map;</li>
 *   <li>an {@link SQLException} of SQLSTATE class {@code 22} (data exception: a value too long, out of range, a NUL
 *   in text, ...): the same data fails the same way on every retry. {@link EventBoundary} keeps such data out; this
 *   is the second line, so that a value it misses dead-letters the event instead of stalling the consumer.</li>
 * </ul>
 * A permanent failure is dead-lettered at once. Everything else (SQL errors, a failed commit,
 * timeouts, {@code IllegalStateException}, ...) is transient: it is retried, and never
 * dead-lettered, because the message itself may be fine. A handler that needs another outcome
 * throws {@link PermanentEventFailure} explicitly.
 */
public final class FailureRule {

    /** SQLSTATE class 22, "data exception". */
    private static final String DATA_EXCEPTION_CLASS = "22";

    private FailureRule() {
    }

    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PermanentEventFailure
                    || cause instanceof IllegalArgumentException
                    || cause instanceof JsonProcessingException
                    || isDataException(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDataException(Throwable failure) {
        if (failure instanceof SQLException sql) {
            for (SQLException e = sql; e != null; e = e.getNextException()) {
                if (e.getSQLState() != null && e.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
                    return true;
                }
            }
        }
        return false;
    }
}
