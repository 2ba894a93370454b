package dk.kk.boligsocial.plans.events;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.plan.PlanActivatedV1;
import dk.kk.boligsocial.events.plan.PlanApprovedV1;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanEvent;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanRejectedV1;
import dk.kk.boligsocial.events.plan.PlanSubmittedV1;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import dk.kk.boligsocial.plans.domain.GrantedBudget;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanDecision;
import dk.kk.boligsocial.plans.domain.RequestedAmount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Announces each decision on a plan through the outbox, in the transaction that took it.
 * Prequalification and grant carry the whole plan, so funding and evaluation need not call back.
 */
@ApplicationScoped
public class PlanEventPublisher {

    static final String AGGREGATE_TYPE = "plan";

    private final Outbox outbox;

    public PlanEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void announce(Plan plan, PlanDecision decision) {
        publish(plan, toEvent(plan, decision));
    }

    private void publish(Plan plan, PlanEvent event) {
        outbox.publish(AGGREGATE_TYPE, plan.id().toString(), EventType.ofPayloadType(event.getClass()).type(), event);
    }

    private static PlanEvent toEvent(Plan plan, PlanDecision d) {
        Decision decision = new Decision(d.actor(), d.decidedAt(), d.reference(), d.reason());
        return switch (d.toStatus()) {
            case SUBMITTED -> new PlanSubmittedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), plan.title(),
                    d.recommendation(), decision);
            case PREQUALIFIED -> new PlanPrequalifiedV1(plan.id(), plan.title(), plan.roundId(),
                    plan.housingOrganisationId(), plan.housingAreaIds(), plan.themes(), plan.periodStart(),
                    plan.periodEnd(), lines(plan.budget()), decision);
            case REJECTED -> new PlanRejectedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), decision);
            case APPROVED -> new PlanApprovedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), d.committee(),
                    d.meetingDate(), decision);
            case GRANTED -> new PlanGrantedV1(plan.id(), plan.title(), plan.roundId(), plan.housingOrganisationId(),
                    plan.housingAreaIds(), plan.themes(), plan.periodStart(), plan.periodEnd(), lines(plan.budget()),
                    Money.dkk(plan.grantedAmount()), lines(GrantedBudget.of(plan, plan.grantedAmount())), decision);
            case ACTIVE -> new PlanActivatedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), decision);
            case COMPLETED -> new PlanCompletedV1(plan.id(), plan.roundId(), plan.housingOrganisationId(), decision);
            case WITHDRAWN -> new PlanWithdrawnV1(plan.id(), plan.roundId(), plan.housingOrganisationId(),
                    d.fromStatus(), decision);
            case DRAFT -> throw new IllegalArgumentException("a plan's creation is not announced as an event");
        };
    }

    private static List<BudgetLine> lines(List<RequestedAmount> amounts) {
        return amounts.stream().map(a -> new BudgetLine(a.source(), a.year(), Money.dkk(a.amount()))).toList();
    }
}
