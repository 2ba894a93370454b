package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.api.ExpectedVersion;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import dk.kk.boligsocial.plans.api.model.DecisionRequests;
import dk.kk.boligsocial.plans.api.model.PlanResponse;
import dk.kk.boligsocial.plans.domain.Decider;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanDecision;
import dk.kk.boligsocial.plans.persistence.PlanDecisionRepository;
import dk.kk.boligsocial.plans.persistence.PlanRepository;
import dk.kk.boligsocial.plans.persistence.RoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lifecycle decisions. Each one, in a single transaction: locks the plan (404 if the caller may not see it),
 * checks If-Match, lets the plan take the decision (409 naming its status and the decisions possible if the
 * lifecycle does not allow it), records who/when/why in the history, writes the event to the outbox and an audit
 * record.
 */
@ApplicationScoped
public class PlanDecisionService {

    private final PlanRepository plans;
    private final PlanDecisionRepository history;
    private final RoundRepository rounds;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Timestamps timestamps;
    private final PlanAnswers answers;

    public PlanDecisionService(PlanRepository plans, PlanDecisionRepository history, RoundRepository rounds,
            Outbox outbox, AuditTrail audit, Caller caller, Timestamps timestamps, PlanAnswers answers) {
        this.answers = answers;
        this.rounds = rounds;
        this.plans = plans;
        this.history = history;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    @Transactional
    public PlanResponse submit(UUID id, ExpectedVersion expected, DecisionRequests.Submission body) {
        return decide(id, expected, body.decidedOn(), (plan, by, now) -> plan.submit(body.recommendation(), by, now));
    }

    @Transactional
    public PlanResponse prequalify(UUID id, ExpectedVersion expected, DecisionRequests.Prequalification body) {
        if (body.outcome() == DecisionRequests.Outcome.REJECTED) {
            if (body.reason() == null || body.reason().isBlank()) {
                throw new InvalidInputException(List.of(new FieldError("reason", "is required for a rejection")));
            }
            return decide(id, expected, body.decidedOn(),
                    (plan, by, now) -> plan.reject(body.reference(), body.reason(), by, now));
        }
        return decide(id, expected, body.decidedOn(),
                (plan, by, now) -> plan.prequalify(body.reference(), body.reason(), by, now));
    }

    @Transactional
    public PlanResponse approve(UUID id, ExpectedVersion expected, DecisionRequests.Approval body) {
        return decide(id, expected, body.decidedOn(), (plan, by, now) -> plan.approve(body.committee(), body.meetingDate(),
                body.reference(), overrideReason(body.coFinancingOverride()), by, now));
    }

    @Transactional
    public PlanResponse grant(UUID id, ExpectedVersion expected, DecisionRequests.Grant body) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal amount = body.grantedAmount().amount();
        MoneyRules.check(errors, "grantedAmount", amount, body.grantedAmount().currency(), MoneyValue.DKK);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return decide(id, expected, body.decidedOn(), (plan, by, now) -> plan.grant(amount, body.reference(),
                overrideReason(body.coFinancingOverride()), by, now));
    }

    @Transactional
    public PlanResponse activate(UUID id, ExpectedVersion expected, DecisionRequests.Note body) {
        return decide(id, expected, body.decidedOn(), (plan, by, now) -> plan.activate(body.reference(), by, now));
    }

    @Transactional
    public PlanResponse complete(UUID id, ExpectedVersion expected, DecisionRequests.Note body) {
        return decide(id, expected, body.decidedOn(), (plan, by, now) -> plan.complete(body.reference(), by, now));
    }

    @Transactional
    public PlanResponse withdraw(UUID id, ExpectedVersion expected, DecisionRequests.Withdrawal body) {
        return decide(id, expected, body.decidedOn(), (plan, by, now) -> plan.withdraw(body.reason(), by, now));
    }

    /**
     * @param decidedOn the date the decision took effect as the caller gave it, or {@code null} for today
     * @param decision  the plan's verb for this decision
     */
    private PlanResponse decide(UUID id, ExpectedVersion expected, LocalDate decidedOn, DecisionOnPlan decision) {
        Plan plan = caller.requireVisible(plans.findForUpdate(id), Plan::housingOrganisationId, PlanService.RESOURCE,
                id);
        expected.require(plan.version());
        Instant now = timestamps.now();
        LocalDate effective = EffectiveDates.check("decidedOn", decidedOn, now, rounds.findById(plan.roundId()));
        Map<String, Object> before = AuditDocuments.state(plan);
        PlanDecision taken = decision.take(plan, PlanService.decider(caller), now);
        taken.takesEffectOn(effective);
        answers.keep(plan);
        plans.flush();
        history.persist(taken);
        UUID published = outbox.publish(plan.id(), PlanEvents.of(plan, taken));
        audit.record("plan." + taken.decision(), PlanService.RESOURCE, plan.id().toString(), plan.version(), published,
                new AuditTrail.Change(before, AuditDocuments.decided(plan, taken)));
        return PlanViews.plan(plan);
    }

    private static String overrideReason(DecisionRequests.CoFinancingOverride override) {
        return override == null ? null : override.reason();
    }

    @FunctionalInterface
    private interface DecisionOnPlan {
        PlanDecision take(Plan plan, Decider by, Instant now);
    }
}
