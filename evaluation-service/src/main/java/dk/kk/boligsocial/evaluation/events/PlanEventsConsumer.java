package dk.kk.boligsocial.evaluation.events;

import dk.kk.boligsocial.evaluation.domain.FrameworkService;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Reacts to plan events: a grant creates the plan's evaluation framework, a completion opens its final evaluation.
 * Each event is applied once ({@link IdempotentConsumer}); other plan types are acknowledged and skipped.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "evaluation-service";

    private static final Logger LOG = Logger.getLogger(PlanEventsConsumer.class);

    private final IdempotentConsumer consumer;
    private final FrameworkService frameworks;

    public PlanEventsConsumer(IdempotentConsumer consumer, FrameworkService frameworks) {
        this.consumer = consumer;
        this.frameworks = frameworks;
    }

    @Incoming("plans-in")
    @Blocking
    public CompletionStage<Void> onPlanEvent(Message<String> message) {
        return consumer.accept(CONSUMER, message, this::apply);
    }

    void apply(IncomingEvent event) {
        EventType type = EventType.ofType(event.type()).orElse(null);
        if (type == EventType.PLAN_GRANTED) {
            if (!frameworks.createFromGrant(event.dataAs(PlanGrantedV1.class), event.id())) {
                LOG.infof("plan %s has an evaluation framework already; %s changes nothing", event.subject(), event.id());
            }
        } else if (type == EventType.PLAN_COMPLETED) {
            frameworks.completeFromEvent(event.dataAs(PlanCompletedV1.class), event.id());
        }
    }
}
