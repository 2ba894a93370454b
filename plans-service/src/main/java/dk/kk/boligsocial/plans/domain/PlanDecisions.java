package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.events.plan.PlanStatus;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.plans.api.DecisionRequests;
import dk.kk.boligsocial.plans.api.PlanResponse;
import dk.kk.boligsocial.plans.events.PlanEventPublisher;
import dk.kk.boligsocial.plans.persistence.PlanDecisionRepository;
import dk.kk.boligsocial.plans.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The lifecycle decisions. Each one, in a single transaction: locks the plan, checks If-Match and
 * that the decision is allowed now (409 naming the current state and the allowed decisions
 * otherwise), changes the status, records who/when/why in the history, writes the event to the
 * outbox and an audit record.
 */
@ApplicationScoped
public class PlanDecisions {

    private final PlanRepository plans;
    private final PlanDecisionRepository history;
    private final PlanEventPublisher events;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public PlanDecisions(PlanRepository plans, PlanDecisionRepository history, PlanEventPublisher events,
            AuditTrail audit, Caller caller, Clock clock) {
        this.plans = plans;
        this.history = history;
        this.events = events;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public PlanResponse submit(UUID id, String ifMatch, DecisionRequests.Submission body) {
        return decide(id, ifMatch, DecisionKind.SUBMISSION, PlanStatus.SUBMITTED,
                d -> d.recommendation(body.recommendation()));
    }

    @Transactional
    public PlanResponse prequalify(UUID id, String ifMatch, DecisionRequests.Prequalification body) {
        boolean rejected = body.outcome() == DecisionRequests.Outcome.REJECTED;
        if (rejected && (body.reason() == null || body.reason().isBlank())) {
            throw new InvalidInputException(List.of(new FieldError("reason", "is required for a rejection")));
        }
        return decide(id, ifMatch, DecisionKind.PREQUALIFICATION,
                rejected ? PlanStatus.REJECTED : PlanStatus.PREQUALIFIED,
                d -> d.reference(body.reference()).reason(body.reason()));
    }

    @Transactional
    public PlanResponse approve(UUID id, String ifMatch, DecisionRequests.Approval body) {
        return decide(id, ifMatch, DecisionKind.APPROVAL, PlanStatus.APPROVED,
                d -> d.reference(body.reference()).committee(body.committee(), body.meetingDate()));
    }

    @Transactional
    public PlanResponse grant(UUID id, String ifMatch, DecisionRequests.Grant body) {
        List<FieldError> errors = new ArrayList<>();
        MoneyRules.check(errors, "grantedAmount", body.grantedAmount().amount(), body.grantedAmount().currency(),
                MoneyValue.DKK);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return decide(id, ifMatch, DecisionKind.GRANT, PlanStatus.GRANTED,
                d -> d.reference(body.reference()).grantedAmount(body.grantedAmount().amount()),
                (plan, now) -> plan.grant(body.grantedAmount().amount(), now));
    }

    @Transactional
    public PlanResponse activate(UUID id, String ifMatch, DecisionRequests.Note body) {
        return decide(id, ifMatch, DecisionKind.ACTIVATION, PlanStatus.ACTIVE,
                d -> d.reference(body == null ? null : body.reference()));
    }

    @Transactional
    public PlanResponse complete(UUID id, String ifMatch, DecisionRequests.Note body) {
        return decide(id, ifMatch, DecisionKind.COMPLETION, PlanStatus.COMPLETED,
                d -> d.reference(body == null ? null : body.reference()));
    }

    @Transactional
    public PlanResponse withdraw(UUID id, String ifMatch, DecisionRequests.Withdrawal body) {
        return decide(id, ifMatch, DecisionKind.WITHDRAWAL, PlanStatus.WITHDRAWN,
                d -> d.reason(body.reason()));
    }

    /**
     * A decision that changes nothing but the plan's status.
     */
    private PlanResponse decide(UUID id, String ifMatch, DecisionKind kind, PlanStatus outcome,
            UnaryOperator<PlanDecision.Builder> details) {
        return decide(id, ifMatch, kind, outcome, details, (plan, now) -> plan.decide(kind, outcome, now));
    }

    /**
     * @param change what the decision does to the plan, given the time of the decision
     */
    private PlanResponse decide(UUID id, String ifMatch, DecisionKind kind, PlanStatus outcome,
            UnaryOperator<PlanDecision.Builder> details, BiConsumer<Plan, Instant> change) {
        Plan plan = PlanAccess.forUpdate(plans, caller, id, ifMatch);
        if (!kind.isAllowedFrom(plan.status())) {
            throw PlanAccess.conflict(plan, "The plan is " + plan.status() + "; " + kind.resourceName()
                    + " is not possible now.");
        }
        PlanStatus from = plan.status();
        Instant now = now();
        change.accept(plan, now);
        plans.flush();
        PlanDecision decision = details.apply(PlanDecision.of(kind.resourceName(), plan.id())
                        .transition(from, outcome)
                        .by(caller.subject(), caller.organisationId().orElse(null), now)
                        .planVersion(plan.version()))
                .build();
        history.persist(decision);
        events.announce(plan, decision);
        audit.record("plan." + kind.resourceName(), PlanService.RESOURCE, plan.id().toString(), plan.version());
        return Views.plan(plan);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
