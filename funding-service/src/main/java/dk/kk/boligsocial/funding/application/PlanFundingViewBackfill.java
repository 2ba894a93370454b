package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.persistence.DisbursementRepository;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingViewRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * After start, writes the stored answer of every plan that has none: plans funding knew before the answers were kept
 * (V3). Until then such a plan is answered from the tables, so the service is correct before this has run; this only
 * makes their reads as cheap as everybody else's. It therefore runs in the background rather than holding up the
 * start (for 2,000 plans it took about 10 s). Each plan is written under its row lock, so a reaction or
 * disbursement changing it at the same time (on this or another instance) is never overwritten with an older answer.
 */
@ApplicationScoped
public class PlanFundingViewBackfill {

    private static final Logger LOG = Logger.getLogger(PlanFundingViewBackfill.class);
    private static final int BATCH = 100;

    private final PlanFundingViewRepository views;
    private final PlanFundingRepository plans;
    private final LedgerRepository ledger;
    private final DisbursementRepository disbursements;
    private final PlanFundingViews answers;
    private final ManagedExecutor executor;

    public PlanFundingViewBackfill(PlanFundingViewRepository views, PlanFundingRepository plans,
            LedgerRepository ledger, DisbursementRepository disbursements, PlanFundingViews answers,
            ManagedExecutor executor) {
        this.disbursements = disbursements;
        this.views = views;
        this.plans = plans;
        this.ledger = ledger;
        this.answers = answers;
        this.executor = executor;
    }

    void onStart(@Observes StartupEvent start) {
        executor.runAsync(this::writeMissing).exceptionally(failure -> {
            LOG.warn("writing the missing stored funding answers failed; those plans are answered from the tables",
                    failure);
            return null;
        });
    }

    /** Writes the answer of every plan that has none. @return how many were written */
    public int writeMissing() {
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
        return written;
    }

    private void write(UUID planId) {
        PlanFunding plan = plans.findForUpdate(planId).orElseThrow();
        answers.write(plan, ledger.history(planId), disbursements.ofPlan(planId));
    }
}
