package dk.kk.boligsocial.evaluation.messaging;

import dk.kk.boligsocial.evaluation.application.FrameworkLifecycle;
import dk.kk.boligsocial.evaluation.application.RoundReactions;
import dk.kk.boligsocial.events.round.RoundOpenedV1;
import dk.kk.boligsocial.events.round.RoundRevisedV1;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.messaging.consumer.EventRoutes;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The plan events evaluation-service reacts to (topic {@code boligsocial.plans}): a grant creates the plan's
 * evaluation framework, a completion opens its final evaluation. Each event is applied once; other plan events are
 * acknowledged and change nothing.
 */
@ApplicationScoped
public class PlanEventsHandler {

    /** The consumer name in {@code processed_event}; changing it would apply every plan event again. */
    static final String CONSUMER = "evaluation-service";

    /** The worker pool of the reactions, sized in application.properties. */
    static final String PLAN_EVENTS_WORKER = "plan-events";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public PlanEventsHandler(IdempotentConsumer consumer, FrameworkLifecycle frameworks, RoundReactions rounds) {
        this.consumer = consumer;
        this.routes = EventRoutes.builder()
                .on(RoundOpenedV1.class, (round, event) -> rounds.apply(round, event.id()))
                .on(RoundRevisedV1.class, (round, event) -> rounds.apply(round, event.id()))
                .on(PlanGrantedV1.class, (grant, event) -> frameworks.createFramework(grant, event.id()))
                .on(PlanCompletedV1.class, (completion, event) -> frameworks.openFinalEvaluation(completion, event.id()))
                .build();
    }

    // A worker of its own (one thread, so the partition's order holds): on the shared worker pool a grant queued
    // behind every HTTP request in flight, and under a few hundred concurrent reads (e.g. clients polling for the
    // framework this very grant creates) the reactions fell to a few per second.
    @Incoming("plans-in")
    @Blocking(PLAN_EVENTS_WORKER)
    public CompletionStage<Void> onPlanEvent(Message<String> message) {
        return consumer.accept(CONSUMER, message, routes);
    }
}
