package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingViewRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * At start, writes the stored answer of every plan that has none: plans funding knew before the answers were kept
 * (V3). Until then such a plan is answered from the tables, so the service is correct before this has run; this only
 * makes their reads as cheap as everybody else's. Each plan is written under its row lock, so a reaction or
 * disbursement changing it at the same time (on this or another instance) is never overwritten with an older answer.
 */
@ApplicationScoped
public class PlanFundingViewBackfill {

    private static final Logger LOG = Logger.getLogger(PlanFundingViewBackfill.class);
    private static final int BATCH = 100;

    private final PlanFundingViewRepository views;
    private final PlanFundingRepository plans;
    private final LedgerRepository ledger;
    private final PlanFundingViews answers;

    public PlanFundingViewBackfill(PlanFundingViewRepository views, PlanFundingRepository plans,
            LedgerRepository ledger, PlanFundingViews answers) {
        this.views = views;
        this.plans = plans;
        this.ledger = ledger;
        this.answers = answers;
    }

    void onStart(@Observes StartupEvent start) {
        int written = 0;
        List<UUID> missing;
        do {
            missing = QuarkusTransaction.requiringNew().call(() -> views.plansWithoutView(BATCH));
            for (UUID planId : missing) {
                QuarkusTransaction.requiringNew().run(() -> write(planId));
            }
            written += missing.size();
        } while (missing.size() == BATCH);
        if (written > 0) {
            LOG.infof("wrote the stored funding answer of %d plans that had none", written);
        }
    }

    private void write(UUID planId) {
        PlanFunding plan = plans.findForUpdate(planId).orElseThrow();
        answers.write(plan, ledger.history(planId));
    }
}
