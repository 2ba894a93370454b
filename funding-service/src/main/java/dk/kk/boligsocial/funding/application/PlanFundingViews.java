package dk.kk.boligsocial.funding.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.funding.domain.Disbursement;
import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.domain.PlanPosition;
import dk.kk.boligsocial.funding.persistence.PlanFundingViewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The plan's funding as answered by {@code GET /v1/plans/{id}/funding}, written whenever the plan or its ledger
 * changes, in the same transaction, so that the read is one row and never sees a half-made change. The body is
 * serialised with the application's ObjectMapper, the one the HTTP layer would use for the same response.
 */
@ApplicationScoped
public class PlanFundingViews {

    private final PlanFundingViewRepository views;
    private final ObjectMapper json;

    public PlanFundingViews(PlanFundingViewRepository views, ObjectMapper json) {
        this.views = views;
        this.json = json;
    }

    /**
     * Writes the plan's answer after a change. Call it after the change is flushed, so the plan's version is the
     * one the change made.
     *
     * @param history every ledger entry of the plan, those booked by the change included, in any order
     */
    void write(PlanFunding plan, List<LedgerEntry> history, List<Disbursement> schedule) {
        String organisationBody = plan.refusalReasons().equals(plan.refusalReasonsForItsOrganisation()) ? null
                : render(plan, history, schedule, Reader.HOUSING_ORGANISATION);
        views.save(plan.planId(), plan.housingOrganisationId(), plan.version(),
                render(plan, history, schedule, Reader.MUNICIPALITY_OR_LBF), organisationBody);
    }

    PlanFundingViewRepository.Lookup find(UUID planId) {
        return views.find(planId);
    }

    /** Who reads the answer: the plan's own housing organisation sees no figures of the pool beyond its own request. */
    enum Reader { MUNICIPALITY_OR_LBF, HOUSING_ORGANISATION }

    /** The answer from the plan and its whole ledger history. */
    String render(PlanFunding plan, List<LedgerEntry> history, List<Disbursement> schedule, Reader reader) {
        List<LedgerEntry> ordered = new ArrayList<>(history);
        ordered.sort(LedgerEntry.HISTORY_ORDER);
        try {
            return json.writeValueAsString(FundingResponses.plan(plan, PlanPosition.of(ordered), ordered, schedule,
                    reader == Reader.HOUSING_ORGANISATION ? plan.refusalReasonsForItsOrganisation() : plan.refusalReasons()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the funding of plan " + plan.planId() + " cannot be written as JSON", e);
        }
    }

    /** The history after a change: what was there before it and what it booked. */
    static List<LedgerEntry> with(List<LedgerEntry> before, List<LedgerEntry> booked) {
        List<LedgerEntry> all = new ArrayList<>(before.size() + booked.size());
        all.addAll(before);
        all.addAll(booked);
        return all;
    }
}
