package dk.kk.boligsocial.evaluation.messaging;

import dk.kk.boligsocial.evaluation.application.PortfolioMoney;
import dk.kk.boligsocial.evaluation.application.PortfolioRoutes;
import dk.kk.boligsocial.messaging.consumer.EventRoutes;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The money side of kroner per outcome (issue 15): funding events from {@code boligsocial.funding}, consumer group
 * evaluation-service.portfolio. Commitments, amendments, payments, corrections and close-outs are applied once each; the other
 * funding events (reservations, refusals, approvals of disbursements) are recorded and skipped.
 */
@ApplicationScoped
public class FundingEventsHandler {

    static final String FUNDING_EVENTS_WORKER = "funding-events";

    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public FundingEventsHandler(IdempotentConsumer consumer, PortfolioMoney money) {
        this.consumer = consumer;
        this.routes = PortfolioRoutes.of(money);
    }

    // A worker of its own, like the plan events': one thread keeps each partition's order.
    @Incoming("funding-in")
    @Blocking(FUNDING_EVENTS_WORKER)
    public CompletionStage<Void> onFundingEvent(Message<String> message) {
        return consumer.accept(PortfolioRoutes.CONSUMER, message, routes);
    }
}
