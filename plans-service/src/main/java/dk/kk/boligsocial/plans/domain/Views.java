package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.plans.api.ActivityValue;
import dk.kk.boligsocial.plans.api.BudgetLineValue;
import dk.kk.boligsocial.plans.api.HistoryEntry;
import dk.kk.boligsocial.plans.api.HousingAreaResponse;
import dk.kk.boligsocial.plans.api.HousingOrganisationResponse;
import dk.kk.boligsocial.plans.api.PlanResponse;
import dk.kk.boligsocial.plans.api.RoundResponse;
import java.math.BigDecimal;

/** Turns entities into the API's records, so no entity leaves the domain. */
final class Views {

    private Views() {
    }

    /** Plans are in DKK, the currency of every round (the round table holds it for the day that changes). */
    static MoneyValue money(BigDecimal amount) {
        return amount == null ? null : MoneyValue.dkk(amount);
    }

    static RoundResponse round(Round round) {
        return new RoundResponse(round.id(), round.name(), round.description(), round.maxPlanYears(), round.currency(),
                round.themes().stream()
                        .map(t -> new RoundResponse.ThemeValue(t.code(), t.nameDa(), t.nameEn(), t.description()))
                        .toList());
    }

    static HousingOrganisationResponse organisation(HousingOrganisation o) {
        return new HousingOrganisationResponse(o.id(), o.name(), o.cvr(), o.version(), o.createdAt());
    }

    static HousingAreaResponse area(HousingArea a) {
        return new HousingAreaResponse(a.id(), a.name(), a.housingOrganisationId(), a.district(), a.dwellings(),
                a.residents(), a.version(), a.createdAt());
    }

    static PlanResponse plan(Plan p) {
        BigDecimal total = p.budget().stream().map(RequestedAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PlanResponse(p.id(), p.title(), p.roundId(), p.housingOrganisationId(), p.status(),
                p.housingAreaIds(), p.themes(), p.targetGroups(), p.periodStart(), p.periodEnd(),
                p.budget().stream()
                        .map(b -> new BudgetLineValue(b.source(), b.year(), money(b.amount())))
                        .toList(),
                money(total),
                p.activities().stream().map(a -> new ActivityValue(a.theme(), a.title(), a.description())).toList(),
                money(p.grantedAmount()),
                DecisionKind.allowedFrom(p.status()),
                p.version(), p.createdAt(), p.updatedAt());
    }

    static HistoryEntry history(PlanDecision d) {
        return new HistoryEntry(d.id(), d.decision(), d.fromStatus(), d.toStatus(), d.actor(), d.organisationId(),
                d.decidedAt(), d.reference(), d.reason(), d.recommendation(), d.committee(), d.meetingDate(),
                money(d.grantedAmount()), d.planVersion());
    }
}
