package dk.kk.boligsocial.plans.messaging;

import dk.kk.boligsocial.events.funding.FundingClosedOutV1;
import dk.kk.boligsocial.events.funding.FundingCommittedV1;
import dk.kk.boligsocial.events.funding.FundingReleasedV1;
import dk.kk.boligsocial.events.funding.FundingReservationAdjustedV1;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1;
import dk.kk.boligsocial.events.funding.FundingReservedV1;
import dk.kk.boligsocial.events.funding.FundingRevisionRefusedV1;
import dk.kk.boligsocial.messaging.consumer.EventRoutes;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import dk.kk.boligsocial.plans.application.CoFinancingReactions;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads {@code boligsocial.funding} as consumer group {@value #CONSUMER}: each event is applied once
 * ({@code processed_event}), whatever the redelivery; the disbursement and amendment events are recorded and
 * skipped. Events that can
 * never be applied (not from funding-service, not matching their schema, naming an unknown plan) go to
 * {@code boligsocial.funding.dlq}.
 */
@ApplicationScoped
public class FundingEventsHandler {

    public static final String CONSUMER = "plans-service";
    /** The worker of the reactions (one thread, so a partition's order holds), sized in application.properties. */
    static final String FUNDING_EVENTS_WORKER = "funding-events";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public FundingEventsHandler(IdempotentConsumer consumer, CoFinancingReactions coFinancing) {
        this.consumer = consumer;
        this.routes = EventRoutes.builder()
                .on(FundingReservedV1.class, (funding, event) -> coFinancing.reserved(funding, event.id()))
                .on(FundingReservationAdjustedV1.class, (funding, event) -> coFinancing.adjusted(funding, event.id()))
                .on(FundingReservationRefusedV1.class, (funding, event) -> coFinancing.refused(funding, event.id()))
                .on(FundingRevisionRefusedV1.class, (funding, event) -> coFinancing.revisionRefused(funding, event.id()))
                .on(FundingCommittedV1.class, (funding, event) -> coFinancing.committed(funding, event.id()))
                .on(FundingReleasedV1.class, (funding, event) -> coFinancing.released(funding, event.id()))
                .on(FundingClosedOutV1.class, (funding, event) -> coFinancing.closedOut(funding, event.id()))
                .build();
    }

    // A worker of its own, as in funding-service: on the shared worker pool the reactions would queue behind HTTP.
    @Incoming("funding-in")
    @Blocking(FUNDING_EVENTS_WORKER)
    public CompletionStage<Void> onFundingEvent(Message<String> message) {
        return consumer.accept(CONSUMER, message, routes);
    }
}
