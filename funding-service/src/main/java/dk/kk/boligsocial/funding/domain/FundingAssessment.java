package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.funding.domain.RefusalReason.RefusalCode;
import dk.kk.boligsocial.funding.domain.RuleCheck.RuleOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a plan's municipal co-financing may be booked: the round's co-financing rules applied to the whole budget,
 * and the room left in the round's pool. Booked only if there is no reason against it.
 *
 * @param checks  every rule the round switches on, passed or failed (kept with the plan either way)
 * @param reasons why not, in this order: no pool, failed rules, the pool's refusals; empty if it may be booked
 */
public record FundingAssessment(List<RuleCheck> checks, List<RefusalReason> reasons) {

    /**
     * @param pool     the round's pool, read under its row lock; {@code null} if the round has none
     * @param holdings what the pool holds now, per year (empty without a pool)
     * @param giveBack what the booking releases first, per year: the plan's own reservation when it is committed
     */
    public static FundingAssessment of(String roundId, Pool pool, CoFinancingRule rule, List<YearHolding> holdings,
            List<BudgetLine> budget, Map<Integer, BigDecimal> giveBack) {
        List<BudgetLine> municipal = BudgetLine.municipal(budget);
        List<RuleCheck> checks = CoFinancingRules.check(rule, budget);
        List<RefusalReason> reasons = new ArrayList<>();
        if (pool == null && !municipal.isEmpty()) {
            reasons.add(new RefusalReason(RefusalCode.NO_POOL, "round " + roundId + " has no co-financing pool"));
        }
        checks.stream().filter(c -> c.outcome() == RuleOutcome.FAILED)
                .forEach(c -> reasons.add(new RefusalReason(RefusalCode.RULE_FAILED, c.description() + ": expected "
                        + c.expected().toPlainString() + ", actual " + c.actual().toPlainString())));
        if (pool != null) {
            reasons.addAll(PoolCheck.refusals(pool, holdings, giveBack, municipal));
        }
        return new FundingAssessment(List.copyOf(checks), List.copyOf(reasons));
    }

    public boolean passed() {
        return reasons.isEmpty();
    }
}
