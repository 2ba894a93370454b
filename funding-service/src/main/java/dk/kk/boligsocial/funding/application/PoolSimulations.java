package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.funding.FundingReleasedV1.ReleaseCause;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanRevisedV1;
import dk.kk.boligsocial.events.plan.PlanStatus;
import dk.kk.boligsocial.funding.api.model.AmendmentRequest;
import dk.kk.boligsocial.funding.api.model.RoundReport;
import dk.kk.boligsocial.funding.api.model.SimulationRequest;
import dk.kk.boligsocial.funding.api.model.SimulationRequest.SimulatedChangeType;
import dk.kk.boligsocial.funding.api.model.SimulationResult;
import dk.kk.boligsocial.funding.api.model.SimulationResult.ChangeOutcome;
import dk.kk.boligsocial.funding.api.model.SimulationResult.SimulationOutcome;
import dk.kk.boligsocial.funding.domain.BudgetLine;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.CoFinancingRule;
import dk.kk.boligsocial.funding.domain.FundingState;
import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.domain.PlanPosition;
import dk.kk.boligsocial.funding.domain.Pool;
import dk.kk.boligsocial.funding.domain.Remedies;
import dk.kk.boligsocial.funding.domain.Remedy;
import dk.kk.boligsocial.funding.domain.RuleCheck;
import dk.kk.boligsocial.funding.domain.YearHolding;
import dk.kk.boligsocial.funding.persistence.CoFinancingRuleRepository;
import dk.kk.boligsocial.funding.persistence.LedgerRepository;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.api.UnprocessableException;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What-if simulation of a pool (issue 15): the changes are applied one after the other by the real decision code
 * ({@link PlanFundingReactions} with the plan events the real decisions would send, the rules and capacities as
 * rows), under the pool's row lock, in a transaction that is always rolled back: the ledger and the plans get
 * nothing, and no event leaves. The transaction is marked a dry run ({@link DryRuns}), so the decision code leaves out
 * the plans' stored answers, the outbox rows and the audit records in the first place. What the
 * simulation reports is read back from the same tables inside the transaction. A real decision on the pool waits for
 * the lock at most as long as the simulation runs.
 */
@ApplicationScoped
public class PoolSimulations {

    private static final String ACTOR = "simulation";

    private final PoolRepository pools;
    private final PlanFundingRepository plans;
    private final CoFinancingRuleRepository rules;
    private final LedgerRepository ledger;
    private final PlanFundingReactions reactions;
    private final AmendmentService amendments;
    private final ReportService reports;
    private final Timestamps timestamps;
    private final TransactionManager transactions;
    private final DryRuns dryRuns;

    public PoolSimulations(PoolRepository pools, PlanFundingRepository plans, CoFinancingRuleRepository rules,
            LedgerRepository ledger, PlanFundingReactions reactions, AmendmentService amendments,
            ReportService reports, Timestamps timestamps, TransactionManager transactions, DryRuns dryRuns) {
        this.dryRuns = dryRuns;
        this.amendments = amendments;
        this.pools = pools;
        this.plans = plans;
        this.rules = rules;
        this.ledger = ledger;
        this.reactions = reactions;
        this.reports = reports;
        this.timestamps = timestamps;
        this.transactions = transactions;
    }

    @Transactional
    public SimulationResult simulate(UUID poolId, SimulationRequest request) {
        try {
            List<SimulationChange> changes = SimulationChange.validated(request);
            dryRuns.begin();
            plans.flushOnlyWhenAsked();
            // the plans first, then their pool: the order in which every real decision takes its locks, so that a
            // simulation and a decision on the same plan wait for each other instead of deadlocking
            Map<UUID, PlanFunding> named = lockNamedPlans(changes);
            Pool pool = pools.lockById(poolId).orElseThrow(() -> new ResourceNotFoundException("pool",
                    poolId.toString()));
            knownPlans(pool, changes, named);
            RoundReport before = reports.round(pool.roundId(), null);
            List<ChangeOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                outcomes.add(apply(pool, i, changes.get(i)));
            }
            plans.flush();
            RoundReport after = reports.round(pool.roundId(), null);
            return new SimulationResult(pool.id(), pool.roundId(), before.pool(), after.pool(), before.leverage(),
                    after.leverage(), outcomes);
        } finally {
            rollBack();
        }
    }

    /** Always: whatever the simulation did, and whether or not it failed. */
    private void rollBack() {
        try {
            transactions.setRollbackOnly();
        } catch (IllegalStateException | SystemException e) {
            throw new IllegalStateException("a simulation must run in a transaction it can roll back", e);
        }
    }

    /** The plans the changes name that exist, with their row locks, in one statement. */
    private Map<UUID, PlanFunding> lockNamedPlans(List<SimulationChange> changes) {
        Set<UUID> named = changes.stream().map(SimulationChange::planId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return plans.lockAll(named).stream().collect(Collectors.toMap(PlanFunding::planId, plan -> plan));
    }

    /**
     * Every plan a change names is funding's ({@code existing}), of the pool's round, or added earlier in the
     * simulation.
     */
    private void knownPlans(Pool pool, List<SimulationChange> changes, Map<UUID, PlanFunding> existing) {
        Set<UUID> added = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            SimulationChange change = changes.get(i);
            if (change.type() == SimulatedChangeType.ADD_PLAN) {
                if (change.planId() != null && (existing.containsKey(change.planId())
                        || !added.add(change.planId()))) {
                    throw new UnprocessableException("changes[" + i + "]: plan " + change.planId()
                            + " exists already; a plan added must have a new id (or none)");
                }
                continue;
            }
            if (change.planId() == null || added.contains(change.planId())) {
                continue;
            }
            PlanFunding plan = existing.get(change.planId());
            if (plan == null) {
                throw new ResourceNotFoundException("plan", change.planId().toString());
            }
            if (!plan.roundId().equals(pool.roundId())) {
                throw new UnprocessableException("changes[" + i + "]: plan " + change.planId() + " is of round "
                        + plan.roundId() + ", not of the pool's round " + pool.roundId());
            }
        }
    }

    private ChangeOutcome apply(Pool pool, int index, SimulationChange change) {
        String eventId = "simulation:" + UUID.randomUUID();
        Instant now = timestamps.now();
        return switch (change.type()) {
            case ADD_PLAN -> {
                UUID planId = change.planId() == null ? UUID.randomUUID() : change.planId();
                List<BudgetLine> budget = change.budget();
                reactions.reserve(new PlanPrequalifiedV1(planId, change.title() == null ? "Simulated plan " + (index + 1)
                        : change.title(), pool.roundId(), change.housingOrganisationId() == null ? UUID.randomUUID()
                        : change.housingOrganisationId(), List.of(UUID.randomUUID()), List.of(THEME),
                        start(budget), end(budget), lines(budget), decision(now)), eventId);
                yield decided(pool, index, change, planId, FundingState.RESERVED, budget);
            }
            case PREQUALIFY -> {
                PlanFunding plan = known(change.planId());
                if (plan.state() != FundingState.REFUSED) {
                    yield notInState(index, change, plan, "only a plan refused before can be prequalified again");
                }
                yield revise(pool, index, change, plan, plan.budget(), eventId, now);
            }
            case GRANT -> {
                PlanFunding plan = known(change.planId());
                if (plan.state() != FundingState.RESERVED && plan.state() != FundingState.REFUSED) {
                    yield notInState(index, change, plan, "only a reserved or refused plan can be granted");
                }
                List<BudgetLine> granted = change.budget() == null ? plan.budget() : change.budget();
                reactions.commit(new PlanGrantedV1(plan.planId(), plan.title(), plan.roundId(),
                        plan.housingOrganisationId(), List.of(UUID.randomUUID()), List.of(THEME), start(granted),
                        end(granted), lines(plan.budget()), Money.dkk(BudgetLine.sum(granted, BudgetSource.LBF)),
                        lines(granted), decision(now)), eventId);
                yield decided(pool, index, change, plan.planId(), FundingState.COMMITTED, granted);
            }
            case WITHDRAW -> {
                PlanFunding plan = known(change.planId());
                if (plan.state() != FundingState.RESERVED && plan.state() != FundingState.REFUSED
                        && plan.state() != FundingState.COMMITTED) {
                    yield notInState(index, change, plan, "the plan holds nothing to withdraw");
                }
                reactions.release(plan.planId(), now, eventId, ReleaseCause.PLAN_WITHDRAWN);
                yield accepted(index, change, plan.planId());
            }
            case MOVE_MUNICIPAL -> {
                PlanFunding plan = known(change.planId());
                if (plan.state() != FundingState.RESERVED && plan.state() != FundingState.REFUSED
                        && plan.state() != FundingState.COMMITTED) {
                    yield notInState(index, change, plan, "only a reserved, refused or granted plan's years can move");
                }
                BigDecimal from = plan.budget().stream().filter(l -> l.source() == BudgetSource.MUNICIPALITY
                        && l.year() == change.fromYear()).map(BudgetLine::amount).findFirst().orElse(BigDecimal.ZERO);
                if (from.compareTo(change.amount()) < 0) {
                    yield refused(index, change, plan.planId(), List.of(new SimulationResult.SimulationReason(
                            "MOVE_EXCEEDS_YEAR", change.fromYear() + ": the plan has " + from.toPlainString()
                                    + " of municipal co-financing, less than the " + change.amount().toPlainString()
                                    + " to move")), List.of());
                }
                List<BudgetLine> moved = moved(plan.budget(), change);
                yield plan.state() == FundingState.COMMITTED ? amend(pool, index, change, plan, moved)
                        : revise(pool, index, change, plan, moved, eventId, now);
            }
            case SET_RULES -> {
                rules.put(new CoFinancingRule(pool.roundId(), change.housingOrganisationMatchRatio(),
                        change.minimumLocalShare()));
                plans.flush();
                yield accepted(index, change, null);
            }
            case SET_YEAR_CAPACITY -> {
                BigDecimal held = ledger.poolHoldings(pool.id()).stream().filter(h -> h.year() == change.year())
                        .map(YearHolding::held).findFirst().orElse(BigDecimal.ZERO);
                if (held.compareTo(change.capacity()) > 0) {
                    yield belowHeld(index, change, change.year(), held);
                }
                pools.setYearCapacity(pool, change.year(), change.capacity());
                yield accepted(index, change, null);
            }
            case SET_CAPACITY -> {
                BigDecimal held = ledger.poolHoldings(pool.id()).stream().map(YearHolding::held)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (held.compareTo(change.capacity()) > 0) {
                    yield belowHeld(index, change, null, held);
                }
                pools.setCapacity(pool, change.capacity());
                yield accepted(index, change, null);
            }
        };
    }

    private static final String THEME = "BOERN_UNGE_FAMILIER";

    /** A revision, as on plan.revised: the plan's reservation given back and the revised budget reserved. */
    private ChangeOutcome revise(Pool pool, int index, SimulationChange change, PlanFunding plan,
            List<BudgetLine> budget, String eventId, Instant now) {
        reactions.revise(new PlanRevisedV1(plan.planId(), plan.title(), plan.roundId(), plan.housingOrganisationId(),
                List.of(UUID.randomUUID()), List.of(THEME), start(budget), end(budget), lines(budget),
                (int) Math.min(Integer.MAX_VALUE, plan.version() + 2), PlanStatus.PREQUALIFIED, decision(now)), eventId);
        return decided(pool, index, change, plan.planId(), FundingState.RESERVED, budget);
    }

    /**
     * A granted plan's years moved as an amendment would move them (AmendmentService, the rules and the pool with the
     * plan's commitments given back, and its disbursement schedule), by the municipality that simulates.
     */
    private ChangeOutcome amend(Pool pool, int index, SimulationChange change, PlanFunding plan,
            List<BudgetLine> budget) {
        Map<Integer, BigDecimal> committed = new TreeMap<>();
        BudgetLine.municipal(plan.budget()).forEach(l -> committed.put(l.year(), l.amount()));
        List<AmendmentRequest.YearAmount> municipal = BudgetLine.municipal(budget).stream()
                .map(l -> new AmendmentRequest.YearAmount(l.year(), FundingResponses.money(l.amount()))).toList();
        AmendmentService.Attempt attempt = amendments.attempt(plan.planId(),
                new AmendmentRequest("what-if simulation", null, municipal));
        if (attempt.refusal() == null) {
            return new ChangeOutcome(index, change.type(), plan.planId(), SimulationOutcome.ACCEPTED, List.of(),
                    attempt.response().ruleChecks(), List.of());
        }
        Map<String, Object> extensions = attempt.refusal().extensions();
        List<SimulationResult.SimulationReason> reasons = new ArrayList<>();
        if (extensions.get("reasons") instanceof List<?> given) {
            given.stream().map(r -> (Map<?, ?>) r).forEach(r -> reasons.add(new SimulationResult.SimulationReason(
                    String.valueOf(r.get("code")), String.valueOf(r.get("message")))));
        }
        List<RuleCheck> checks = new ArrayList<>();
        if (extensions.get("ruleChecks") instanceof List<?> given) {
            given.stream().map(RuleCheck.class::cast).forEach(checks::add);
        }
        List<Remedy> remedies = Remedies.of(pool, rules.forRound(pool.roundId()), ledger.poolHoldings(pool.id()),
                committed, budget);
        return new ChangeOutcome(index, change.type(), plan.planId(), SimulationOutcome.REFUSED, reasons, checks,
                remedies.stream().map(PoolSimulations::remedy).toList());
    }

    private static SimulationResult.SimulationRemedy remedy(Remedy r) {
        return new SimulationResult.SimulationRemedy(r.code(), r.message(), r.year(),
                r.amount() == null ? null : FundingResponses.money(r.amount()));
    }

    /**
     * The plan's state after the real code decided: accepted if it reached {@code success}, else its refusal with
     * remedies, from the pool's holdings and the plan's reservation as the refusal left them (a refusal books
     * nothing: they are the ones it was assessed on; read only when needed).
     */
    private ChangeOutcome decided(Pool pool, int index, SimulationChange change, UUID planId, FundingState success,
            List<BudgetLine> budget) {
        PlanFunding plan = plans.findById(planId);
        if (plan.state() == success) {
            return new ChangeOutcome(index, change.type(), planId, SimulationOutcome.ACCEPTED, List.of(), plan.ruleChecks(),
                    List.of());
        }
        Map<Integer, BigDecimal> giveBack = change.type() == SimulatedChangeType.ADD_PLAN ? Map.of()
                : reservation(plan);
        List<Remedy> remedies = Remedies.of(pool, rules.forRound(pool.roundId()), ledger.poolHoldings(pool.id()),
                giveBack, budget);
        return new ChangeOutcome(index, change.type(), planId, SimulationOutcome.REFUSED, plan.refusalReasons().stream()
                .map(r -> new SimulationResult.SimulationReason(r.code().name(), r.message())).toList(), plan.ruleChecks(),
                remedies.stream().map(PoolSimulations::remedy).toList());
    }

    /**
     * A plan the simulation names, as {@link #knownPlans} loaded and locked it (no statement); the reaction that
     * decides on it finds it locked.
     */
    private PlanFunding known(UUID planId) {
        return plans.findById(planId);
    }

    private Map<Integer, BigDecimal> reservation(PlanFunding plan) {
        return PlanPosition.municipalReservation(PlanPosition.of(ledger.history(plan.planId())));
    }

    private static ChangeOutcome accepted(int index, SimulationChange change, UUID planId) {
        return new ChangeOutcome(index, change.type(), planId, SimulationOutcome.ACCEPTED, List.of(), List.of(), List.of());
    }

    private static ChangeOutcome refused(int index, SimulationChange change, UUID planId,
            List<SimulationResult.SimulationReason> reasons, List<SimulationResult.SimulationRemedy> remedies) {
        return new ChangeOutcome(index, change.type(), planId, SimulationOutcome.REFUSED, reasons, List.of(), remedies);
    }

    private static ChangeOutcome notInState(int index, SimulationChange change, PlanFunding plan, String why) {
        return refused(index, change, plan.planId(), List.of(new SimulationResult.SimulationReason("PLAN_STATE",
                "The plan's funding is " + plan.state() + ": " + why)), List.of());
    }

    private static ChangeOutcome belowHeld(int index, SimulationChange change, Integer year, BigDecimal held) {
        String where = year == null ? "The pool" : year + ": the pool";
        return refused(index, change, null, List.of(new SimulationResult.SimulationReason("CAPACITY_BELOW_HELD", where
                        + " holds " + held.toPlainString() + " already, more than the capacity "
                        + change.capacity().toPlainString())),
                List.of(new SimulationResult.SimulationRemedy(Remedy.RemedyCode.RAISE_CAPACITY, "A capacity of at least "
                        + held.toPlainString(), year, FundingResponses.money(held.subtract(change.capacity())))));
    }

    private static List<BudgetLine> moved(List<BudgetLine> budget, SimulationChange change) {
        Map<String, BudgetLine> lines = new TreeMap<>();
        budget.forEach(l -> lines.put(l.source() + ":" + l.year(), l));
        Map<Integer, BigDecimal> municipal = new HashMap<>();
        budget.stream().filter(l -> l.source() == BudgetSource.MUNICIPALITY)
                .forEach(l -> municipal.put(l.year(), l.amount()));
        municipal.merge(change.fromYear(), change.amount().negate(), BigDecimal::add);
        municipal.merge(change.toYear(), change.amount(), BigDecimal::add);
        lines.keySet().removeIf(k -> k.startsWith(BudgetSource.MUNICIPALITY + ":"));
        municipal.forEach((year, amount) -> {
            if (amount.signum() > 0) {
                lines.put(BudgetSource.MUNICIPALITY + ":" + year, new BudgetLine(BudgetSource.MUNICIPALITY, year,
                        amount));
            }
        });
        return List.copyOf(lines.values());
    }

    private static Decision decision(Instant now) {
        return new Decision(ACTOR, now, null, null);
    }

    private static List<dk.kk.boligsocial.events.common.BudgetLine> lines(List<BudgetLine> budget) {
        return budget.stream().map(l -> new dk.kk.boligsocial.events.common.BudgetLine(
                dk.kk.boligsocial.events.common.BudgetSource.valueOf(l.source().name()), l.year(),
                Money.dkk(l.amount()))).toList();
    }

    private static LocalDate start(List<BudgetLine> budget) {
        return LocalDate.of(budget.stream().mapToInt(BudgetLine::year).min().orElse(2000), 1, 1);
    }

    private static LocalDate end(List<BudgetLine> budget) {
        return LocalDate.of(budget.stream().mapToInt(BudgetLine::year).max().orElse(2000), 12, 31);
    }
}
