package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.events.funding.FundingClosedOutV1.CloseOutCause;
import dk.kk.boligsocial.events.funding.FundingEvent;
import dk.kk.boligsocial.events.funding.FundingReleasedV1.ReleaseCause;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1.RefusalStage;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanRevisedV1;
import dk.kk.boligsocial.funding.domain.BudgetBasis;
import dk.kk.boligsocial.funding.domain.BudgetLine;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.Disbursement;
import dk.kk.boligsocial.funding.domain.FundingAssessment;
import dk.kk.boligsocial.funding.domain.FundingState;
import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.LedgerKind;
import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.domain.PlanPosition;
import dk.kk.boligsocial.funding.domain.Pool;
import dk.kk.boligsocial.funding.persistence.CoFinancingRuleRepository;
import dk.kk.boligsocial.funding.persistence.DisbursementRepository;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * What a plan's money does when the plan moves: reserve on prequalification, commit on the grant, release on
 * rejection or withdrawal, close out on completion. Each runs in the consumer's transaction (with the processed-event
 * row), books its ledger entries under the pool's row lock, writes the plan's answer ({@link PlanFundingViews}) and publishes its funding
 * event through the outbox in the same transaction; its audit record names the plan event it reacted to and the
 * funding event it published. The plan's ledger history is read once (none for a new plan);
 * its positions are summed from it, and the answer is made from it and the entries just booked.
 */
@ApplicationScoped
public class PlanFundingReactions {

    static final String RESOURCE = "plan-funding";
    private static final Logger LOG = Logger.getLogger(PlanFundingReactions.class);

    private final PlanFundingRepository plans;
    private final PoolRepository pools;
    private final CoFinancingRuleRepository rules;
    private final LedgerRepository ledger;
    private final FundingEventPublisher outbox;
    private final AuditTrail audit;
    private final Timestamps timestamps;
    private final PlanFundingViews views;
    private final DisbursementRepository disbursements;
    private final DryRuns dryRuns;

    public PlanFundingReactions(PlanFundingRepository plans, PoolRepository pools, CoFinancingRuleRepository rules,
            LedgerRepository ledger, FundingEventPublisher outbox, AuditTrail audit, Timestamps timestamps, PlanFundingViews views,
            DisbursementRepository disbursements, DryRuns dryRuns) {
        this.dryRuns = dryRuns;
        this.views = views;
        this.disbursements = disbursements;
        this.plans = plans;
        this.pools = pools;
        this.rules = rules;
        this.ledger = ledger;
        this.outbox = outbox;
        this.audit = audit;
        this.timestamps = timestamps;
    }

    /**
     * Reserves the requested municipal co-financing, or refuses it with reasons. A plan funding already knows (a
     * repeated prequalification, even under a new event id) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(PlanPrequalifiedV1 prequalified, String eventId) {
        if (plans.findById(prequalified.planId()) != null) {
            LOG.infof("plan %s already has a funding decision; prequalification event %s changes nothing",
                    prequalified.planId(), eventId);
            return;
        }
        Instant now = timestamps.now();
        LocalDate effective = EffectiveDates.dayOf(prequalified.decision().decidedAt());
        PlanFunding plan = new PlanFunding(prequalified.planId(), prequalified.roundId(),
                prequalified.housingOrganisationId(), prequalified.title(),
                FundingEvents.budget(prequalified.requestedBudget()), BudgetBasis.REQUESTED, now);
        List<BudgetLine> municipal = BudgetLine.municipal(plan.budget());
        Pool pool = lockPool(plan.roundId());
        FundingAssessment assessment = assess(pool, plan.roundId(), plan.budget(), Map.of());
        if (!assessment.passed()) {
            refuse(plan, List.of(), assessment, municipal, eventId, RefusalStage.PREQUALIFICATION, false, now);
            return;
        }
        UUID poolId = pool.id();
        plan.reserve(assessment.checks(), now);
        // persisted once it has its outcome (Hibernate inserts the state it had when persisted, and would update it
        // afterwards) and before its ledger entries, which reference it
        plans.persist(plan);
        List<LedgerEntry> booked = new ArrayList<>();
        municipal.forEach(line -> booked.add(book(plan, poolId, LedgerKind.RESERVATION, line.source(), line.year(),
                line.amount(), eventId, now, effective)));
        plans.flush();
        answer(eventId, "funding.reserved", plan, booked, List.of(),
                () -> FundingEvents.reserved(plan, eventId, poolId, municipal, assessment.checks(), now),
                () -> AuditDocuments.change(null, plan, booked));
    }

    /**
     * Turns the reservation into commitments per source and year. A grant that finds no reservation (refused
     * earlier, or never seen) is committed only if the pool can carry its municipal co-financing now and the rules
     * pass, and is marked as committed without reservation; otherwise nothing is committed and a refusal with stage
     * {@link RefusalStage#GRANT} is published.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(PlanGrantedV1 grant, String eventId) {
        Instant now = timestamps.now();
        LocalDate effective = EffectiveDates.dayOf(grant.decision().decidedAt());
        PlanFunding plan = plans.findForUpdate(grant.planId()).orElse(null);
        List<LedgerEntry> history = List.of();
        boolean isNew = plan == null;
        if (isNew) {
            plan = new PlanFunding(grant.planId(), grant.roundId(), grant.housingOrganisationId(), grant.title(),
                    FundingEvents.budget(grant.requestedBudget()), BudgetBasis.REQUESTED, now);
        } else if (plan.state() == FundingState.COMMITTED) {
            LOG.infof("plan %s is already committed; grant event %s changes nothing", plan.planId(), eventId);
            return;
        } else {
            history = ledger.history(plan.planId());
        }
        FundingState stateBefore = isNew ? null : plan.state();
        Map<Integer, BigDecimal> reservation = PlanPosition.municipalReservation(PlanPosition.of(history));
        List<BudgetLine> granted = FundingEvents.budget(grant.grantedBudget());
        Pool pool = lockPool(plan.roundId());
        FundingAssessment assessment = assess(pool, plan.roundId(), granted, reservation);
        if (!assessment.passed()) {
            refuse(plan, history, assessment, BudgetLine.municipal(granted), eventId, RefusalStage.GRANT,
                    !reservation.isEmpty(), now);
            return;
        }
        UUID poolId = pool == null ? null : pool.id();
        plan.commit(granted, reservation.isEmpty(), assessment.checks(), now);
        if (isNew) {
            // as in reserve(): inserted once, with its outcome, and before its ledger entries
            plans.persist(plan);
        }
        List<LedgerEntry> booked = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> reserved : reservation.entrySet()) {
            booked.add(book(plan, poolId, LedgerKind.RELEASE, BudgetSource.MUNICIPALITY, reserved.getKey(),
                    reserved.getValue(), eventId, now, effective));
        }
        for (BudgetLine line : granted) {
            booked.add(book(plan, poolId, LedgerKind.COMMITMENT, line.source(), line.year(), line.amount(), eventId,
                    now, effective));
        }
        plans.flush();
        PlanFunding committed = plan;
        answer(eventId, "funding.committed", plan, PlanFundingViews.with(history, booked), List.of(),
                () -> FundingEvents.committed(committed, eventId, granted, reservation, now),
                () -> AuditDocuments.change(stateBefore, committed, booked));
    }

    /**
     * Adjusts the reservation of a plan revised before its grant to the revised municipal co-financing: the pool is
     * assessed with the plan's current reservation given back, and if it can carry the revision and the rules pass,
     * the old reservation is released and the new one reserved in one booking (the ledger's invariant holds
     * throughout). Otherwise nothing is booked, the reservation the plan holds stays, and a refusal with stage
     * {@code funding.revision-refused.v1} is published. A plan refused before is reserved now if the revision fits. A plan
     * funding never heard of, or already committed, released or closed, changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revise(PlanRevisedV1 revised, String eventId) {
        PlanFunding plan = plans.findForUpdate(revised.planId()).orElse(null);
        if (plan == null || (plan.state() != FundingState.RESERVED && plan.state() != FundingState.REFUSED)) {
            LOG.infof("plan %s is %s in funding; revision event %s changes nothing", revised.planId(),
                    plan == null ? "unknown" : plan.state(), eventId);
            return;
        }
        Instant now = timestamps.now();
        FundingState stateBefore = plan.state();
        LocalDate effective = EffectiveDates.dayOf(revised.decision().decidedAt());
        List<LedgerEntry> history = ledger.history(plan.planId());
        Map<Integer, BigDecimal> reservation = PlanPosition.municipalReservation(PlanPosition.of(history));
        List<BudgetLine> requested = FundingEvents.budget(revised.requestedBudget());
        List<BudgetLine> municipal = BudgetLine.municipal(requested);
        plan.revise(revised.title(), requested, now);
        Pool pool = lockPool(plan.roundId());
        FundingAssessment assessment = assess(pool, plan.roundId(), requested, reservation);
        if (!assessment.passed()) {
            plan.refuse(assessment.checks(), assessment.reasons(), !reservation.isEmpty(), now);
            plans.flush();
            answer(eventId, "funding.revision-refused", plan, history, List.of(),
                    () -> FundingEvents.revisionRefused(plan, eventId, revised.contentVersion(), assessment, municipal,
                            reservation, now),
                    () -> AuditDocuments.change(stateBefore, plan, List.of()));
            return;
        }
        UUID poolId = pool.id();
        plan.reserve(assessment.checks(), now);
        List<LedgerEntry> booked = new ArrayList<>();
        reservation.forEach((year, amount) -> booked.add(book(plan, poolId, LedgerKind.RELEASE,
                BudgetSource.MUNICIPALITY, year, amount, eventId, now, effective)));
        municipal.forEach(line -> booked.add(book(plan, poolId, LedgerKind.RESERVATION, line.source(), line.year(),
                line.amount(), eventId, now, effective)));
        plans.flush();
        answer(eventId, "funding.adjusted", plan, PlanFundingViews.with(history, booked), List.of(),
                () -> FundingEvents.adjusted(plan, eventId, poolId, revised.contentVersion(), reservation, municipal,
                        assessment.checks(), now),
                () -> AuditDocuments.change(stateBefore, plan, booked));
    }

    /**
     * Closes a granted plan's money when it completes (or is stopped after its grant): what is committed and not paid
     * (committed − paid, per source and year) is released with COMMITMENT_RELEASE entries, the municipal part back to
     * the pool; disbursements planned or approved and never paid are cancelled; the plan's funding becomes CLOSED and
     * funding.closed-out.v1 says what was returned. A plan already closed (a second completion, under any event id)
     * or never committed changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeOut(UUID planId, Instant decidedAt, String eventId, CloseOutCause cause) {
        PlanFunding plan = plans.findForUpdate(planId).orElse(null);
        if (plan == null || plan.state() != FundingState.COMMITTED) {
            LOG.infof("plan %s is %s in funding; %s event %s closes nothing out", planId,
                    plan == null ? "unknown" : plan.state(), cause, eventId);
            return;
        }
        Instant now = timestamps.now();
        LocalDate effective = EffectiveDates.dayOf(decidedAt);
        List<LedgerEntry> history = ledger.history(planId);
        List<PlanPosition> positions = PlanPosition.of(history);
        // the pool's row lock before the entries that give money back to it, as every booking takes it
        UUID poolId = positions.stream().anyMatch(p -> p.source() == BudgetSource.MUNICIPALITY)
                ? pools.lockByRound(plan.roundId()).orElseThrow().id() : null;
        List<LedgerEntry> booked = new ArrayList<>();
        for (PlanPosition position : positions) {
            if (position.remaining().signum() > 0) {
                booked.add(book(plan, poolId, LedgerKind.COMMITMENT_RELEASE, position.source(), position.year(),
                        position.remaining(), eventId, now, effective));
            }
        }
        List<Disbursement> schedule = disbursements.ofPlan(planId);
        schedule.stream().filter(Disbursement::open).forEach(Disbursement::cancel);
        plan.close(now);
        plans.flush();
        BigDecimal paid = positions.stream().map(PlanPosition::disbursed).reduce(BigDecimal.ZERO, BigDecimal::add);
        answer(eventId, "funding.closed-out", plan, PlanFundingViews.with(history, booked), schedule,
                () -> FundingEvents.closedOut(plan, eventId, cause, booked, paid, now),
                () -> AuditDocuments.change(FundingState.COMMITTED, plan, booked));
    }

    /**
     * Gives the plan's reservation back to the pool; a plan holding nothing is just closed, without an event. A plan
     * withdrawn after its grant (plans-service allows none today) is closed out instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID planId, Instant decidedAt, String eventId, ReleaseCause cause) {
        PlanFunding plan = plans.findForUpdate(planId).orElse(null);
        if (plan == null) {
            LOG.debugf("plan %s holds no funding; %s event %s changes nothing", planId, cause, eventId);
            return;
        }
        if (plan.state() == FundingState.COMMITTED && cause == ReleaseCause.PLAN_WITHDRAWN) {
            closeOut(planId, decidedAt, eventId, CloseOutCause.PLAN_WITHDRAWN);
            return;
        }
        Instant now = timestamps.now();
        FundingState stateBefore = plan.state();
        LocalDate effective = EffectiveDates.dayOf(decidedAt);
        List<LedgerEntry> history = ledger.history(planId);
        Map<Integer, BigDecimal> reservation = PlanPosition.municipalReservation(PlanPosition.of(history));
        if (reservation.isEmpty()) {
            if (plan.state() == FundingState.REFUSED) {
                plan.close(now);
                plans.flush();
                answer(eventId, "funding.closed", plan, history, List.of(), null, null);
            }
            return;
        }
        UUID poolId = pools.lockByRound(plan.roundId()).orElseThrow().id();
        List<LedgerEntry> booked = new ArrayList<>();
        reservation.forEach((year, amount) -> booked.add(book(plan, poolId, LedgerKind.RELEASE,
                BudgetSource.MUNICIPALITY, year, amount, eventId, now, effective)));
        plan.release(now);
        plans.flush();
        answer(eventId, "funding.released", plan, PlanFundingViews.with(history, booked), List.of(),
                () -> FundingEvents.released(plan, eventId, cause, reservation, now),
                () -> AuditDocuments.change(stateBefore, plan, booked));
    }

    /** @param history the plan's ledger entries (a refusal books none) */
    private void refuse(PlanFunding plan, List<LedgerEntry> history, FundingAssessment assessment,
            List<BudgetLine> municipal, String eventId, RefusalStage stage, boolean holdsReservation, Instant now) {
        plan.refuse(assessment.checks(), assessment.reasons(), holdsReservation, now);
        if (!plans.isPersistent(plan)) {
            plans.persist(plan);   // a plan funding learns of with this refusal: inserted with it
        }
        plans.flush();
        answer(eventId, "funding.refused", plan, history, List.of(),
                () -> FundingEvents.refused(plan, eventId, stage, assessment, municipal, now), null);
    }

    /**
     * What a reaction leaves besides its bookings and the plan's row: the plan's stored answer, its funding event
     * (through the outbox) and the audit record naming the plan event it reacted to and the funding event it
     * published. None of them in a simulation ({@link DryRuns}): nobody could see them before the rollback.
     *
     * @param event null for a change that publishes nothing
     * @param change null for an audit record without a document of the change
     */
    private void answer(String eventId, String action, PlanFunding plan, List<LedgerEntry> history,
            List<Disbursement> schedule, Supplier<? extends FundingEvent> event, Supplier<AuditTrail.Change> change) {
        if (dryRuns.active()) {
            return;
        }
        views.write(plan, history, schedule);
        UUID published = event == null ? null : outbox.publish(plan.planId(), event.get());
        audit.recordReaction(eventId, action, RESOURCE, plan.planId().toString(), plan.version(), published,
                change == null ? AuditTrail.Change.NONE : change.get());
    }

    /** The round's pool with its row lock, held until the transaction ends: no other booking can change its sums. */
    private Pool lockPool(String roundId) {
        return pools.lockByRound(roundId).orElse(null);
    }

    private FundingAssessment assess(Pool pool, String roundId, List<BudgetLine> budget,
            Map<Integer, BigDecimal> giveBack) {
        return FundingAssessment.of(roundId, pool, rules.forRound(roundId),
                pool == null ? List.of() : ledger.poolHoldings(pool.id()), budget, giveBack);
    }

    private LedgerEntry book(PlanFunding plan, UUID poolId, LedgerKind kind, BudgetSource source, int year,
            BigDecimal amount, String eventId, Instant now, LocalDate effectiveOn) {
        LedgerEntry entry = LedgerEntry.fromEvent(plan, poolId, kind, source, year, amount, eventId, now,
                effectiveOn);
        ledger.persist(entry);
        return entry;
    }
}
