package dk.kk.boligsocial.funding.messaging;

import dk.kk.boligsocial.events.funding.FundingClosedOutV1.CloseOutCause;
import dk.kk.boligsocial.events.funding.FundingReleasedV1.ReleaseCause;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanRejectedV1;
import dk.kk.boligsocial.events.plan.PlanRevisedV1;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;
import dk.kk.boligsocial.events.round.RoundOpenedV1;
import dk.kk.boligsocial.events.round.RoundRevisedV1;
import dk.kk.boligsocial.funding.application.PlanFundingReactions;
import dk.kk.boligsocial.funding.application.RoundFrameReactions;
import dk.kk.boligsocial.messaging.consumer.EventRoutes;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads {@code boligsocial.plans} as consumer group {@value #CONSUMER}: each event is applied once
 * ({@code processed_event}), whatever the redelivery; types funding does not react to (submitted, approved,
 * activated) are recorded and skipped. The same topic carries plans-service's rounds: their events set the round's
 * pool and co-financing rule.
 */
@ApplicationScoped
public class PlanEventsHandler {

    public static final String CONSUMER = "funding-service";
    /** The worker pool of the reactions, sized in application.properties. */
    static final String PLAN_EVENTS_WORKER = "plan-events";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public PlanEventsHandler(IdempotentConsumer consumer, PlanFundingReactions funding, RoundFrameReactions rounds) {
        this.consumer = consumer;
        this.routes = EventRoutes.builder()
                .on(RoundOpenedV1.class, (round, event) -> rounds.apply(round, event.id()))
                .on(RoundRevisedV1.class, (round, event) -> rounds.apply(round, event.id()))
                .on(PlanPrequalifiedV1.class, (plan, event) -> funding.reserve(plan, event.id()))
                .on(PlanRevisedV1.class, (plan, event) -> funding.revise(plan, event.id()))
                .on(PlanGrantedV1.class, (plan, event) -> funding.commit(plan, event.id()))
                .on(PlanRejectedV1.class,
                        (plan, event) -> funding.release(plan.planId(), plan.decision().decidedAt(), event.id(),
                                ReleaseCause.PLAN_REJECTED))
                .on(PlanCompletedV1.class,
                        (plan, event) -> funding.closeOut(plan.planId(), plan.decision().decidedAt(), event.id(),
                                CloseOutCause.PLAN_COMPLETED))
                .on(PlanWithdrawnV1.class,
                        (plan, event) -> funding.release(plan.planId(), plan.decision().decidedAt(), event.id(),
                                ReleaseCause.PLAN_WITHDRAWN))
                .build();
    }

    // A worker of its own (one thread, so the partition's order holds): on the shared worker pool a reaction queued
    // behind every HTTP request in flight, and under a few hundred concurrent reads (e.g. clients polling for the
    // position this very prequalification creates) the reactions fell far behind.
    @Incoming("plans-in")
    @Blocking(PLAN_EVENTS_WORKER)
    public CompletionStage<Void> onPlanEvent(Message<String> message) {
        return consumer.accept(CONSUMER, message, routes);
    }

    /** The reactions, for running them as the consumer does but outside a channel (e.g. many at once). */
    public EventRoutes routes() {
        return routes;
    }
}
