package dk.kk.boligsocial.funding.events;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.funding.FundingEvent;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Announces each change of a plan's money through the outbox, in the transaction that booked it; key = plan id. */
@ApplicationScoped
public class FundingEventPublisher {

    static final String AGGREGATE_TYPE = "plan-funding";

    private final Outbox outbox;

    public FundingEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(FundingEvent event) {
        outbox.publish(AGGREGATE_TYPE, event.planId().toString(), EventType.ofPayloadType(event.getClass()).type(), event);
    }
}
