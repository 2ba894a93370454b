package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.plan.PlanActivatedV1;
import dk.kk.boligsocial.events.plan.PlanApprovedV1;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanRejectedV1;
import dk.kk.boligsocial.events.plan.PlanStatus;
import dk.kk.boligsocial.events.plan.PlanSubmittedV1;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;
import dk.kk.boligsocial.plans.domain.BudgetLine;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanDecision;
import java.util.List;

/**
 * The event each decision announces, and the only place where the domain meets the event contract. The status a
 * decision leads to names the event (a prequalification leads to PREQUALIFIED or REJECTED). Prequalification and
 * grant carry the whole plan, so that funding and evaluation need not call back.
 */
final class PlanEvents {

    private PlanEvents() {
    }

    /** The payload announcing {@code d}, just taken on {@code plan}. */
    static Record of(Plan plan, PlanDecision d) {
        Decision decision = new Decision(d.actor(), d.decidedAt(), d.reference(), d.reason());
        return switch (d.toStatus()) {
            case SUBMITTED -> new PlanSubmittedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), plan.title(),
                    d.recommendation(), decision);
            case PREQUALIFIED -> new PlanPrequalifiedV1(plan.id(), plan.title(), plan.roundId(),
                    plan.housingOrganisationId(), plan.housingAreaIds(), plan.themes(), plan.periodStart(),
                    plan.periodEnd(), lines(plan.requestedBudget()), decision);
            case REJECTED -> new PlanRejectedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), decision);
            case APPROVED -> new PlanApprovedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), d.committee(),
                    d.meetingDate(), decision);
            case GRANTED -> new PlanGrantedV1(plan.id(), plan.title(), plan.roundId(), plan.housingOrganisationId(),
                    plan.housingAreaIds(), plan.themes(), plan.periodStart(), plan.periodEnd(),
                    lines(plan.requestedBudget()), Money.dkk(plan.grantedAmount()), lines(plan.grantedBudget()),
                    decision);
            case ACTIVE -> new PlanActivatedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), decision);
            case COMPLETED -> new PlanCompletedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), decision);
            case WITHDRAWN -> new PlanWithdrawnV1(plan.id(), plan.roundId(), plan.housingOrganisationId(),
                    PlanStatus.valueOf(d.fromStatus().name()), decision);
            case DRAFT -> throw new IllegalArgumentException("a plan's creation is not announced as an event");
        };
    }

    private static List<dk.kk.boligsocial.events.common.BudgetLine> lines(List<BudgetLine> lines) {
        return lines.stream()
                .map(line -> new dk.kk.boligsocial.events.common.BudgetLine(BudgetSource.valueOf(line.source().name()),
                        line.year(), Money.dkk(line.amount())))
                .toList();
    }
}
