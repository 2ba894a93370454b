package dk.kk.boligsocial.funding.events;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.funding.FundingReleasedV1.ReleaseCause;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanRejectedV1;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;
import dk.kk.boligsocial.funding.domain.FundingDecisions;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads {@code boligsocial.plans} as consumer group {@value #CONSUMER}: each event is applied once
 * ({@code processed_event}), whatever the redelivery; types funding does not react to are recorded and skipped.
 */
@ApplicationScoped
public class PlanEventConsumer {

    public static final String CONSUMER = "funding-service";

    private final IdempotentConsumer consumer;
    private final FundingDecisions decisions;

    public PlanEventConsumer(IdempotentConsumer consumer, FundingDecisions decisions) {
        this.consumer = consumer;
        this.decisions = decisions;
    }

    @Incoming("plans-in")
    @Blocking
    public CompletionStage<Void> onPlanEvent(Message<String> message) {
        return consumer.accept(CONSUMER, message, this::apply);
    }

    /** Runs inside the consumer's transaction. */
    public void apply(IncomingEvent event) {
        EventType type = EventType.ofType(event.type()).orElse(null);
        if (type == null) {
            return;
        }
        switch (type) {
            case PLAN_PREQUALIFIED -> decisions.prequalified(event.dataAs(PlanPrequalifiedV1.class), event.id());
            case PLAN_GRANTED -> decisions.granted(event.dataAs(PlanGrantedV1.class), event.id());
            case PLAN_REJECTED -> decisions.released(event.dataAs(PlanRejectedV1.class).planId(), event.id(),
                    ReleaseCause.PLAN_REJECTED);
            case PLAN_WITHDRAWN -> decisions.released(event.dataAs(PlanWithdrawnV1.class).planId(), event.id(),
                    ReleaseCause.PLAN_WITHDRAWN);
            default -> {
                // submitted, approved, activated, completed: nothing to book
            }
        }
    }
}
