package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.RebuildResponse;
import dk.kk.boligsocial.evaluation.persistence.PlanMoneyRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanMoneyTransactionRepository;
import dk.kk.boligsocial.events.Topics;
import dk.kk.boligsocial.messaging.consumer.EventRoutes;
import dk.kk.boligsocial.messaging.consumer.TopicReplay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Rebuilds the money side of kroner per outcome from {@code boligsocial.funding}, offset 0 to its end: the plan money,
 * its transactions and the portfolio consumer's processed events are forgotten in one transaction, then every funding event is applied
 * again through the same routes as the live consumer. The tables' lock makes a live reaction either finish before the
 * forgetting (and be replayed) or wait for it (and count once, live).
 */
@ApplicationScoped
public class PortfolioRebuild {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final PlanMoneyRepository money;
    private final PlanMoneyTransactionRepository transactions;
    private final TopicReplay replay;
    private final EventRoutes routes;

    public PortfolioRebuild(PlanMoneyRepository money, PlanMoneyTransactionRepository transactions, TopicReplay replay,
            PortfolioMoney reactions) {
        this.money = money;
        this.transactions = transactions;
        this.replay = replay;
        this.routes = PortfolioRoutes.of(reactions);
    }

    public RebuildResponse rebuild() {
        QuarkusTransaction.requiringNew().run(() -> {
            money.getEntityManager().createNativeQuery("lock table plan_money, plan_money_transaction in exclusive mode").executeUpdate();
            money.getEntityManager().createNativeQuery("delete from processed_event where consumer = ?1")
                    .setParameter(1, PortfolioRoutes.CONSUMER).executeUpdate();
            transactions.clear();
            money.clear();
        });
        TopicReplay.Outcome outcome = replay.replay(Topics.FUNDING, PortfolioRoutes.CONSUMER, routes, TIMEOUT);
        return new RebuildResponse(outcome.read(), outcome.applied(), outcome.refused());
    }
}
