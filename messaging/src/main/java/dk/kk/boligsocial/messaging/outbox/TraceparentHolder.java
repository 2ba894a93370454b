package dk.kk.boligsocial.messaging.outbox;

import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Optional;

/**
 * The W3C {@code traceparent} that events written in the current transaction inherit. The
 * idempotent consumer binds the incoming event's traceparent to the transaction that runs the
 * effect, so an event published in reaction to another continues its trace across services.
 * Without a bound value (no tracing in this service) events carry no traceparent.
 */
public final class TraceparentHolder {

    private static final String RESOURCE_KEY = TraceparentHolder.class.getName();

    private TraceparentHolder() {
    }

    /** Binds {@code traceparent} to the active transaction; a {@code null} or blank value is ignored. */
    public static void bindToCurrentTransaction(TransactionSynchronizationRegistry registry, String traceparent) {
        if (traceparent != null && !traceparent.isBlank()) {
            registry.putResource(RESOURCE_KEY, traceparent);
        }
    }

    static Optional<String> ofCurrentTransaction(TransactionSynchronizationRegistry registry) {
        return Optional.ofNullable((String) registry.getResource(RESOURCE_KEY));
    }
}
