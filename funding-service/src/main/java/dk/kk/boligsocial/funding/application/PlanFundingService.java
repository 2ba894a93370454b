package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.persistence.DisbursementRepository;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingViewRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingViewRepository.StoredView;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.JsonAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** One plan's money over HTTP: what it holds (the disbursements are {@link DisbursementService}'s). */
@ApplicationScoped
public class PlanFundingService {

    static final String RESOURCE = "funding of plan";

    private final PlanFundingRepository plans;
    private final LedgerRepository ledger;
    private final DisbursementRepository disbursements;
    private final Caller caller;
    private final PlanFundingViews views;

    public PlanFundingService(PlanFundingRepository plans, LedgerRepository ledger,
            DisbursementRepository disbursements, Caller caller, PlanFundingViews views) {
        this.views = views;
        this.plans = plans;
        this.ledger = ledger;
        this.disbursements = disbursements;
        this.caller = caller;
    }

    /**
     * The plan's funding as its last change wrote it: one row, no transaction (a single statement reads a consistent
     * row). A plan funding knew before the answers were kept (V3) and has not changed since is answered from the
     * tables.
     */
    public JsonAnswer get(UUID planId) {
        PlanFundingViewRepository.Lookup lookup = views.find(planId);
        Optional<StoredView> stored = lookup.view();
        if (!lookup.planKnown()) {
            throw new ResourceNotFoundException(RESOURCE, planId);
        }
        if (stored.isPresent()) {
            StoredView view = caller.requireVisible(stored, StoredView::housingOrganisationId, RESOURCE, planId);
            boolean organisationOnly = caller.isHousingOrganisation() && view.organisationBody() != null;
            return new JsonAnswer(organisationOnly ? view.organisationBody() : view.body(), view.version());
        }
        PlanFunding plan = caller.requireVisible(plans.findByIdOptional(planId), PlanFunding::housingOrganisationId,
                RESOURCE, planId);
        return new JsonAnswer(views.render(plan, ledger.history(planId), disbursements.ofPlan(planId),
                caller.isHousingOrganisation() ? PlanFundingViews.Reader.HOUSING_ORGANISATION
                        : PlanFundingViews.Reader.MUNICIPALITY_OR_LBF), plan.version());
    }
}
