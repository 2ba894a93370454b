package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.funding.FundingCommittedV1;
import dk.kk.boligsocial.events.funding.FundingCommittedV1.CommitmentBasis;
import dk.kk.boligsocial.events.funding.FundingReleasedV1;
import dk.kk.boligsocial.events.funding.FundingReleasedV1.ReleaseCause;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1.RefusalStage;
import dk.kk.boligsocial.events.funding.FundingReservedV1;
import dk.kk.boligsocial.events.funding.RefusalReason;
import dk.kk.boligsocial.events.funding.RefusalReason.RefusalCode;
import dk.kk.boligsocial.events.funding.RuleCheck;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.funding.events.FundingEventPublisher;
import dk.kk.boligsocial.funding.persistence.CoFinancingRuleRepository;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The service's reactions to plan events: reserve on prequalification, commit on the grant, release on rejection
 * or withdrawal. Each runs in the consumer's transaction (with the processed-event row), books its ledger entries
 * under the pool's row lock and publishes its funding event through the outbox in the same transaction.
 */
@ApplicationScoped
public class FundingDecisions {

    static final String RESOURCE = "plan-funding";
    private static final Logger LOG = Logger.getLogger(FundingDecisions.class);

    private final PlanFundingRepository plans;
    private final PoolRepository pools;
    private final CoFinancingRuleRepository rules;
    private final LedgerRepository ledger;
    private final FundingEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    public FundingDecisions(PlanFundingRepository plans, PoolRepository pools, CoFinancingRuleRepository rules,
            LedgerRepository ledger, FundingEventPublisher events, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.pools = pools;
        this.rules = rules;
        this.ledger = ledger;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reserves the requested municipal co-financing, or refuses it with reasons. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prequalified(PlanPrequalifiedV1 event, String eventId) {
        if (plans.findById(event.planId()) != null) {
            LOG.infof("plan %s already has a funding decision; prequalification event %s changes nothing",
                    event.planId(), eventId);
            return;
        }
        Instant now = now();
        PlanFunding plan = new PlanFunding(event.planId(), event.roundId(), event.housingOrganisationId(),
                event.title(), lines(event.requestedBudget()), BudgetBasis.REQUESTED, now);
        plans.persist(plan);
        List<PlanBudgetLine> municipal = municipal(plan.budget());
        Assessment assessment = assess(plan.roundId(), plan.budget(), municipal, Map.of());
        if (!assessment.reasons().isEmpty()) {
            refuse(plan, assessment, municipal, eventId, RefusalStage.PREQUALIFICATION, false, now);
            return;
        }
        UUID poolId = assessment.pool().id();
        municipal.forEach(line -> ledger.persist(LedgerEntry.fromEvent(plan, poolId, LedgerKind.RESERVATION,
                BudgetSource.MUNICIPALITY, line.year(), line.amount(), eventId, now)));
        plan.reserved(assessment.checks(), now);
        plans.flush();
        audit.record("funding.reserved", RESOURCE, plan.planId().toString(), plan.version());
        events.publish(new FundingReservedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(), eventId,
                poolId, budgetLines(municipal), Money.dkk(sum(municipal)), assessment.checks(), now));
    }

    /**
     * Turns the reservation into commitments per source and year. A grant that finds no reservation (refused
     * earlier, or never seen) is committed only if the pool can carry its municipal co-financing now and the rules
     * pass, and is marked {@link CommitmentBasis#WITHOUT_RESERVATION}; otherwise nothing is committed and a refusal
     * with stage {@link RefusalStage#GRANT} is published.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void granted(PlanGrantedV1 event, String eventId) {
        Instant now = now();
        PlanFunding plan = plans.findForUpdate(event.planId()).orElse(null);
        if (plan == null) {
            plan = new PlanFunding(event.planId(), event.roundId(), event.housingOrganisationId(), event.title(),
                    lines(event.requestedBudget()), BudgetBasis.REQUESTED, now);
            plans.persist(plan);
        } else if (plan.state() == FundingState.COMMITTED) {
            LOG.infof("plan %s is already committed; grant event %s changes nothing", plan.planId(), eventId);
            return;
        }
        Map<Integer, BigDecimal> reservation = reservation(plan);
        List<PlanBudgetLine> granted = lines(event.grantedBudget());
        List<PlanBudgetLine> municipal = municipal(granted);
        Assessment assessment = assess(plan.roundId(), granted, municipal, reservation);
        if (!assessment.reasons().isEmpty()) {
            refuse(plan, assessment, municipal, eventId, RefusalStage.GRANT, !reservation.isEmpty(), now);
            return;
        }
        UUID poolId = assessment.pool() == null ? null : assessment.pool().id();
        for (Map.Entry<Integer, BigDecimal> reserved : reservation.entrySet()) {
            ledger.persist(LedgerEntry.fromEvent(plan, poolId, LedgerKind.RELEASE, BudgetSource.MUNICIPALITY,
                    reserved.getKey(), reserved.getValue(), eventId, now));
        }
        for (PlanBudgetLine line : granted) {
            ledger.persist(LedgerEntry.fromEvent(plan, poolId, LedgerKind.COMMITMENT, line.source(), line.year(),
                    line.amount(), eventId, now));
        }
        boolean withoutReservation = reservation.isEmpty();
        plan.committed(granted, withoutReservation, assessment.checks(), now);
        plans.flush();
        audit.record("funding.committed", RESOURCE, plan.planId().toString(), plan.version());
        BigDecimal released = reservation.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        events.publish(new FundingCommittedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(), eventId,
                withoutReservation ? CommitmentBasis.WITHOUT_RESERVATION : CommitmentBasis.RESERVATION,
                budgetLines(granted), Money.dkk(sum(municipal)), Money.dkk(released), now));
    }

    /** Gives the plan's reservation back to the pool; a plan holding nothing is just closed, without an event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void released(UUID planId, String eventId, ReleaseCause cause) {
        PlanFunding plan = plans.findForUpdate(planId).orElse(null);
        if (plan == null) {
            LOG.debugf("plan %s holds no funding; %s event %s changes nothing", planId, cause, eventId);
            return;
        }
        Instant now = now();
        Map<Integer, BigDecimal> reservation = reservation(plan);
        if (reservation.isEmpty()) {
            if (plan.state() == FundingState.REFUSED) {
                plan.closed(now);
                plans.flush();
                audit.record("funding.closed", RESOURCE, plan.planId().toString(), plan.version());
            }
            return;
        }
        UUID poolId = pools.lockByRound(plan.roundId()).orElseThrow().id();
        List<BudgetLine> released = new ArrayList<>();
        reservation.forEach((year, amount) -> {
            ledger.persist(LedgerEntry.fromEvent(plan, poolId, LedgerKind.RELEASE, BudgetSource.MUNICIPALITY, year,
                    amount, eventId, now));
            released.add(new BudgetLine(BudgetSource.MUNICIPALITY, year, Money.dkk(amount)));
        });
        plan.released(now);
        plans.flush();
        audit.record("funding.released", RESOURCE, plan.planId().toString(), plan.version());
        events.publish(new FundingReleasedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(), eventId,
                cause, released, Money.dkk(reservation.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)),
                now));
    }

    private void refuse(PlanFunding plan, Assessment assessment, List<PlanBudgetLine> municipal, String eventId,
            RefusalStage stage, boolean holdsReservation, Instant now) {
        plan.refused(assessment.checks(), assessment.reasons(), holdsReservation, now);
        plans.flush();
        audit.record("funding.refused", RESOURCE, plan.planId().toString(), plan.version());
        events.publish(new FundingReservationRefusedV1(plan.planId(), plan.roundId(), plan.housingOrganisationId(),
                eventId, stage, assessment.reasons(), budgetLines(municipal), assessment.checks(), now));
    }

    /** Locks the round's pool first, then checks rules and room; the lock is held until the transaction ends. */
    private Assessment assess(String roundId, List<PlanBudgetLine> budget, List<PlanBudgetLine> municipal,
            Map<Integer, BigDecimal> giveBack) {
        Pool pool = pools.lockByRound(roundId).orElse(null);
        List<RuleCheck> checks = CoFinancingRules.check(rules.forRound(roundId), budget);
        List<RefusalReason> reasons = new ArrayList<>();
        if (pool == null && !municipal.isEmpty()) {
            reasons.add(new RefusalReason(RefusalCode.NO_POOL, "round " + roundId + " has no co-financing pool"));
        }
        checks.stream().filter(c -> c.outcome() == RuleCheck.RuleOutcome.FAILED)
                .forEach(c -> reasons.add(new RefusalReason(RefusalCode.RULE_FAILED, c.description() + ": expected "
                        + c.expected().toPlainString() + ", actual " + c.actual().toPlainString())));
        if (pool != null) {
            reasons.addAll(PoolCheck.refusals(pool, ledger.poolHoldings(pool.id()), giveBack, municipal));
        }
        return new Assessment(pool, checks, reasons);
    }

    private record Assessment(Pool pool, List<RuleCheck> checks, List<RefusalReason> reasons) {
    }

    private Map<Integer, BigDecimal> reservation(PlanFunding plan) {
        Map<Integer, BigDecimal> reserved = new TreeMap<>();
        ledger.positions(plan.planId()).stream()
                .filter(p -> p.source() == BudgetSource.MUNICIPALITY && p.reserved().signum() > 0)
                .forEach(p -> reserved.put(p.year(), p.reserved()));
        return reserved;
    }

    private static List<PlanBudgetLine> lines(List<BudgetLine> lines) {
        return lines.stream().map(l -> new PlanBudgetLine(l.source(), l.year(), l.amount().amount())).toList();
    }

    private static List<PlanBudgetLine> municipal(List<PlanBudgetLine> budget) {
        return budget.stream().filter(l -> l.source() == BudgetSource.MUNICIPALITY)
                .sorted(java.util.Comparator.comparingInt(PlanBudgetLine::year)).toList();
    }

    private static List<BudgetLine> budgetLines(List<PlanBudgetLine> lines) {
        return lines.stream().map(l -> new BudgetLine(l.source(), l.year(), Money.dkk(l.amount()))).toList();
    }

    private static BigDecimal sum(List<PlanBudgetLine> lines) {
        return lines.stream().map(PlanBudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
