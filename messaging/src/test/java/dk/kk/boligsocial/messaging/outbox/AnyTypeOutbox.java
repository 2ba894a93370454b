package dk.kk.boligsocial.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The library's tests publish maps under any type and any string key to exercise the relay's order and delivery;
 * services publish only payload records ({@link Outbox#publish(UUID, Record)}).
 */
@ApplicationScoped
public class AnyTypeOutbox {

    private final Outbox outbox;

    public AnyTypeOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    public UUID publish(String aggregateType, String aggregateId, String type, Object payload) {
        return outbox.write(aggregateType, aggregateId, type, payload);
    }
}
