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
import dk.kk.boligsocial.events.plan.PlanRevisedV1;
import dk.kk.boligsocial.events.plan.PlanStatus;
import dk.kk.boligsocial.events.plan.PlanSubmittedV1;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;
import dk.kk.boligsocial.plans.domain.BudgetLine;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanDecision;
import java.time.Instant;
import java.time.LocalTime;
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
        Decision decision = decision(d);
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

    /** The payload announcing the revision {@code d}, just made on {@code plan} (past DRAFT). */
    static PlanRevisedV1 revised(Plan plan, PlanDecision d) {
        return new PlanRevisedV1(plan.id(), plan.title(), plan.roundId(), plan.housingOrganisationId(),
                plan.housingAreaIds(), plan.themes(), plan.periodStart(), plan.periodEnd(), lines(plan.requestedBudget()),
                plan.contentVersion(), PlanStatus.valueOf(plan.status().name()), decision(d));
    }

    /**
     * The decision as the v1 contract carries it, which has no field of its own for an effective date or an override
     * (a published type never changes shape: events/README.md). {@code decidedAt} is "when the decision took effect":
     * the moment it was recorded if it took effect that day, else noon in Copenhagen on its {@code decidedOn} (a
     * consumer reads the date back in Copenhagen's zone; noon keeps it the same day in any zone within ±11 hours).
     * An approval or grant has no reason of its own, so its {@code reason} carries a co-financing override.
     */
    private static Decision decision(PlanDecision d) {
        return new Decision(d.actor(), effectiveAt(d), d.reference(), d.reason() != null ? d.reason() : override(d));
    }

    static Instant effectiveAt(PlanDecision d) {
        if (d.decidedOn() == null || d.decidedOn().equals(EffectiveDates.dayOf(d.decidedAt()))) {
            return d.decidedAt();
        }
        return d.decidedOn().atTime(LocalTime.NOON).atZone(EffectiveDates.COPENHAGEN).toInstant();
    }

    /** "co-financing override: <reason> (refused: <codes>)", or {@code null} if the decision overrode nothing. */
    private static String override(PlanDecision d) {
        if (d.coFinancingOverride() == null) {
            return null;
        }
        List<String> codes = d.coFinancingRefusal() == null ? List.of()
                : d.coFinancingRefusal().reasons().stream().map(r -> r.code()).toList();
        return "co-financing override: " + d.coFinancingOverride() + " (refused: " + String.join(", ", codes) + ")";
    }

    private static List<dk.kk.boligsocial.events.common.BudgetLine> lines(List<BudgetLine> lines) {
        return lines.stream()
                .map(line -> new dk.kk.boligsocial.events.common.BudgetLine(BudgetSource.valueOf(line.source().name()),
                        line.year(), Money.dkk(line.amount())))
                .toList();
    }
}
