package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.api.model.AmendmentRequest;
import dk.kk.boligsocial.funding.api.model.AmendmentResponse;
import dk.kk.boligsocial.funding.api.model.BudgetLineValue;
import dk.kk.boligsocial.funding.domain.BudgetLine;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.BudgetYears;
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
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Amendments of a granted plan's municipal co-financing: re-phasing its years or changing its amount. An amendment
 * is assessed exactly as the grant was (FundingAssessment: the round's co-financing rules on the amended budget, and
 * the pool with the plan's current municipal commitments given back), and may not lower a year below what its
 * disbursement schedule already holds there. Accepted, it books the differences per year (COMMITMENT_RELEASE where it
 * lowers, then COMMITMENT where it raises, so re-phasing a full pool never holds more than its capacity), and
 * announces funding.grant-amended.v1, in one transaction under the plan's and the pool's row locks. Refused (409,
 * with every reason), it writes nothing.
 */
@ApplicationScoped
public class AmendmentService {

    private final PlanFundingRepository plans;
    private final PoolRepository pools;
    private final CoFinancingRuleRepository rules;
    private final LedgerRepository ledger;
    private final DisbursementRepository disbursements;
    private final FundingEventPublisher outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final Timestamps timestamps;
    private final PlanFundingViews views;
    private final DryRuns dryRuns;

    public AmendmentService(PlanFundingRepository plans, PoolRepository pools, CoFinancingRuleRepository rules,
            LedgerRepository ledger, DisbursementRepository disbursements, FundingEventPublisher outbox, AuditTrail audit,
            Caller caller, Timestamps timestamps, PlanFundingViews views, DryRuns dryRuns) {
        this.dryRuns = dryRuns;
        this.plans = plans;
        this.pools = pools;
        this.rules = rules;
        this.ledger = ledger;
        this.disbursements = disbursements;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
        this.views = views;
    }

    @Transactional
    public AmendmentResponse amend(UUID planId, AmendmentRequest request) {
        Attempt attempt = attempt(planId, request);
        if (attempt.refusal() != null) {
            throw attempt.refusal();
        }
        return attempt.response();
    }

    /**
     * An amendment's outcome without throwing for a refusal: its response, or the 409 that {@link #amend} throws
     * (reasons and rule checks in its extensions). For a what-if simulation, whose transaction an exception thrown
     * through a transactional method would mark for rollback before its next change.
     */
    public record Attempt(AmendmentResponse response, ConflictException refusal) {
    }

    /** As {@link #amend}, in the caller's transaction, answering a refusal instead of throwing it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attempt attempt(UUID planId, AmendmentRequest request) {
        Map<Integer, BigDecimal> amended = valid(request);
        PlanFunding plan = caller.requireVisible(plans.findForUpdate(planId), PlanFunding::housingOrganisationId,
                PlanFundingService.RESOURCE, planId);
        if (plan.state() != FundingState.COMMITTED) {
            throw new ConflictException("Only a granted plan's commitments can be amended; its funding is "
                    + plan.state() + ".", Map.of("fundingState", plan.state().name()));
        }
        List<LedgerEntry> history = ledger.history(planId);
        Instant now = timestamps.now();
        LocalDate decidedOn = EffectiveDates.within("decidedOn", request.decidedOn(), now, history, null);
        Map<Integer, BigDecimal> previous = new TreeMap<>();
        PlanPosition.of(history).stream()
                .filter(p -> p.source() == BudgetSource.MUNICIPALITY && p.committed().signum() > 0)
                .forEach(p -> previous.put(p.year(), p.committed()));
        List<Disbursement> schedule = disbursements.ofPlan(planId);
        List<Map<String, String>> reasons = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>(previous.keySet());
        years.addAll(amended.keySet());
        for (Disbursement d : schedule) {
            if (d.source() == BudgetSource.MUNICIPALITY && d.holdsCommitment()) {
                years.add(d.year());
            }
        }
        for (int year : years) {
            BigDecimal scheduled = schedule.stream()
                    .filter(d -> d.source() == BudgetSource.MUNICIPALITY && d.year() == year && d.holdsCommitment())
                    .map(Disbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal after = amended.getOrDefault(year, BigDecimal.ZERO);
            if (scheduled.compareTo(after) > 0) {
                reasons.add(reason("BELOW_SCHEDULE", year + ": " + after.toPlainString() + " amended, but "
                        + scheduled.toPlainString() + " is already planned, approved or paid"));
            }
        }
        List<BudgetLine> budget = new ArrayList<>(plan.budget().stream()
                .filter(l -> l.source() != BudgetSource.MUNICIPALITY).toList());
        amended.forEach((year, amount) -> budget.add(new BudgetLine(BudgetSource.MUNICIPALITY, year, amount)));
        Pool pool = pools.lockByRound(plan.roundId()).orElse(null);
        FundingAssessment assessment = FundingAssessment.of(plan.roundId(), pool, rules.forRound(plan.roundId()),
                pool == null ? List.of() : ledger.poolHoldings(pool.id()), budget, previous);
        assessment.reasons().forEach(r -> reasons.add(reason(r.code().name(), r.message())));
        if (!reasons.isEmpty()) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("reasons", reasons);
            extensions.put("ruleChecks", assessment.checks());
            return new Attempt(null, new ConflictException("The amendment is refused: " + reasons.size() + " reason"
                    + (reasons.size() == 1 ? "" : "s") + "; nothing was booked.", extensions));
        }
        UUID id = UUID.randomUUID();
        String reference = request.reference().strip();
        UUID poolId = pool == null ? null : pool.id();
        List<LedgerEntry> booked = new ArrayList<>();
        // what the amendment lowers first, then what it raises: the pool never holds more than after the amendment
        for (int year : years) {
            BigDecimal delta = amended.getOrDefault(year, BigDecimal.ZERO)
                    .subtract(previous.getOrDefault(year, BigDecimal.ZERO));
            if (delta.signum() < 0) {
                booked.add(book(id, plan, poolId, LedgerKind.COMMITMENT_RELEASE, year, delta.negate(), reference, now,
                        decidedOn));
            }
        }
        for (int year : years) {
            BigDecimal delta = amended.getOrDefault(year, BigDecimal.ZERO)
                    .subtract(previous.getOrDefault(year, BigDecimal.ZERO));
            if (delta.signum() > 0) {
                booked.add(book(id, plan, poolId, LedgerKind.COMMITMENT, year, delta, reference, now, decidedOn));
            }
        }
        plan.amend(budget, assessment.checks(), now);
        plans.flush();
        if (!dryRuns.active()) {
            announce(plan, id, reference, previous, amended, assessment, decidedOn, now,
                    PlanFundingViews.with(history, booked), schedule);
        }
        return new Attempt(new AmendmentResponse(id, planId, reference, decidedOn, lines(previous), lines(amended),
                assessment.checks(), caller.subject(), now), null);
    }

    /** The amended plan's stored answer, its funding.grant-amended event and its audit record (none in a simulation). */
    private void announce(PlanFunding plan, UUID id, String reference, Map<Integer, BigDecimal> previous,
            Map<Integer, BigDecimal> amended, FundingAssessment assessment, LocalDate decidedOn, Instant now,
            List<LedgerEntry> history, List<Disbursement> schedule) {
        UUID planId = plan.planId();
        views.write(plan, history, schedule);
        UUID published = outbox.publish(planId, FundingEvents.grantAmended(plan, id, reference, previous, amended,
                assessment.checks(), caller.subject(), decidedOn, now));
        Map<String, Object> before = Map.of("municipal", plain(previous));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("amendmentId", id.toString());
        after.put("municipal", plain(amended));
        after.put("reference", reference);
        after.put("decidedOn", decidedOn.toString());
        audit.record("funding.grant-amended", PlanFundingReactions.RESOURCE, planId.toString(), plan.version(),
                published, new AuditTrail.Change(before, after));
    }

    private LedgerEntry book(UUID amendmentId, PlanFunding plan, UUID poolId, LedgerKind kind, int year,
            BigDecimal amount, String reference, Instant now, LocalDate decidedOn) {
        LedgerEntry entry = LedgerEntry.fromRequest(UUID.randomUUID(), plan, poolId, kind, BudgetSource.MUNICIPALITY,
                year, amount, amendmentId.toString(), reference, caller.subject(), now, decidedOn);
        ledger.persist(entry);
        return entry;
    }

    /** Every invalid field at once (400), before anything is read or locked; the amended amounts by year. */
    private static Map<Integer, BigDecimal> valid(AmendmentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "reference", request.reference(), 200);
        Map<Integer, BigDecimal> amended = new TreeMap<>();
        if (request.municipal() == null) {
            errors.add(new FieldError("municipal", "is required (an empty list: no municipal co-financing)"));
        } else if (TextRules.withinCap(errors, "municipal", request.municipal(), AmendmentRequest.MAX_YEARS)) {
            for (int i = 0; i < request.municipal().size(); i++) {
                AmendmentRequest.YearAmount line = request.municipal().get(i);
                String at = "municipal[" + i + "]";
                if (line == null) {
                    errors.add(new FieldError(at, "is required"));
                    continue;
                }
                int before = errors.size();
                BudgetYears.check(errors, at + ".year", line.year());
                BigDecimal amount = MoneyRules.check(errors, at + ".amount", line.amount(), MoneyValue.DKK);
                if (errors.size() == before && amended.put(line.year(), amount) != null) {
                    errors.add(new FieldError(at + ".year", "is given twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return amended;
    }

    private static Map<String, String> reason(String code, String message) {
        Map<String, String> reason = new LinkedHashMap<>();
        reason.put("code", code);
        reason.put("message", message);
        return reason;
    }

    private static List<BudgetLineValue> lines(Map<Integer, BigDecimal> byYear) {
        return byYear.entrySet().stream().map(e -> new BudgetLineValue(BudgetSource.MUNICIPALITY, e.getKey(),
                FundingResponses.money(e.getValue()))).toList();
    }

    private static Map<String, String> plain(Map<Integer, BigDecimal> byYear) {
        Map<String, String> plain = new LinkedHashMap<>();
        byYear.forEach((year, amount) -> plain.put(String.valueOf(year), amount.toPlainString()));
        return plain;
    }
}
