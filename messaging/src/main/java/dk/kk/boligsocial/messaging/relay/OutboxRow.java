package dk.kk.boligsocial.messaging.relay;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An unsent outbox row as the relay reads it. */
public record OutboxRow(
        UUID id,
        long seq,
        String aggregateType,
        String aggregateId,
        String type,
        String topic,
        String payload,
        String traceparent,
        OffsetDateTime createdAt,
        int attempts) {
}
