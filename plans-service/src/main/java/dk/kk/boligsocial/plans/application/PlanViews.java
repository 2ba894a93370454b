package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.plans.api.model.ActivityValue;
import dk.kk.boligsocial.plans.api.model.BudgetLineValue;
import dk.kk.boligsocial.plans.api.model.CoFinancingOverrideEntry;
import dk.kk.boligsocial.plans.api.model.CoFinancingValue;
import dk.kk.boligsocial.plans.api.model.RefusalReasonValue;
import dk.kk.boligsocial.plans.api.model.HistoryEntry;
import dk.kk.boligsocial.plans.api.model.PlanResponse;
import dk.kk.boligsocial.plans.domain.BudgetLine;
import dk.kk.boligsocial.plans.domain.CoFinancingRefusal;
import dk.kk.boligsocial.plans.domain.DecisionKind;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanDecision;
import java.math.BigDecimal;
import java.util.List;

/** A plan and its history as the API shows them, so that no entity leaves the application. */
final class PlanViews {

    private PlanViews() {
    }

    static PlanResponse plan(Plan p) {
        return plan(p, p.version());
    }

    /** The plan as it will be answered at {@code version} (the version its pending changes give it). */
    static PlanResponse plan(Plan p, long version) {
        BigDecimal total = p.requestedBudget().stream().map(BudgetLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PlanResponse(p.id(), p.title(), p.roundId(), p.housingOrganisationId(), p.status(),
                p.housingAreaIds(), p.themes(), p.targetGroups(), p.periodStart(), p.periodEnd(),
                p.requestedBudget().stream()
                        .map(b -> new BudgetLineValue(b.source(), b.year(), money(b.amount())))
                        .toList(),
                money(total),
                p.activities().stream().map(a -> new ActivityValue(a.theme(), a.title(), a.description())).toList(),
                money(p.grantedAmount()),
                DecisionKind.allowedFrom(p.status()),
                version, p.createdAt(), p.updatedAt(),
                new CoFinancingValue(p.coFinancing(), reasons(p.coFinancingReasons()), p.coFinancingAt()),
                p.contentVersion());
    }

    static HistoryEntry history(PlanDecision d) {
        return new HistoryEntry(d.id(), d.decision(), d.fromStatus(), d.toStatus(), d.actor(), d.organisationId(),
                d.decidedAt(), d.reference(), d.reason(), d.recommendation(), d.committee(), d.meetingDate(),
                money(d.grantedAmount()), d.planVersion(),
                d.coFinancingOverride() == null ? null : new CoFinancingOverrideEntry(d.coFinancingOverride(),
                        reasons(d.coFinancingRefusal() == null ? List.of() : d.coFinancingRefusal().reasons())),
                d.contentVersion(), d.decidedOn());
    }

    private static List<RefusalReasonValue> reasons(List<CoFinancingRefusal.Reason> reasons) {
        return reasons.stream().map(r -> new RefusalReasonValue(r.code(), r.message())).toList();
    }

    /** Plans are in DKK, the currency of every round (the round table holds it for the day that changes). */
    private static MoneyValue money(BigDecimal amount) {
        return amount == null ? null : MoneyValue.dkk(amount);
    }
}
