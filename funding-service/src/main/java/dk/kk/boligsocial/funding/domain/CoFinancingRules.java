package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.funding.domain.RuleCheck.RuleOutcome;
import dk.kk.boligsocial.funding.domain.RuleCheck.RuleUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a round's co-financing rules to a plan's budget, over the whole plan period:
 * <ul>
 *   <li>{@value #MATCH}: the housing organisation's co-financing at least {@code ratio} × the municipality's;</li>
 *   <li>{@value #LOCAL_SHARE}: local co-financing (everything but LBF: municipality, housing organisation, others)
 *       at least {@code share} of the plan's total.</li>
 * </ul>
 */
public final class CoFinancingRules {

    public static final String MATCH = "HOUSING_ORGANISATION_MATCH";
    public static final String LOCAL_SHARE = "MINIMUM_LOCAL_SHARE";

    private CoFinancingRules() {
    }

    /** One check per rule the round switches on, in the order above; none for a round without rules. */
    public static List<RuleCheck> check(CoFinancingRule rule, List<BudgetLine> budget) {
        List<RuleCheck> checks = new ArrayList<>();
        BigDecimal municipal = BudgetLine.sum(budget, BudgetSource.MUNICIPALITY);
        BigDecimal housing = BudgetLine.sum(budget, BudgetSource.HOUSING_ORGANISATION);
        BigDecimal total = BudgetLine.sum(budget);
        if (rule.housingOrganisationMatchRatio() != null) {
            BigDecimal ratio = rule.housingOrganisationMatchRatio();
            // rounded up to whole øre: a housing organisation one øre short of the exact product fails
            BigDecimal expected = municipal.multiply(ratio).setScale(2, RoundingMode.UP);
            checks.add(new RuleCheck(MATCH, "Housing organisation co-financing at least "
                    + ratio.stripTrailingZeros().toPlainString() + " × municipal co-financing", RuleUnit.DKK,
                    expected, housing.setScale(2), outcome(housing.compareTo(expected) >= 0)));
        }
        if (rule.minimumLocalShare() != null) {
            BigDecimal minimum = rule.minimumLocalShare();
            BigDecimal local = total.subtract(BudgetLine.sum(budget, BudgetSource.LBF));
            // the share shown is cut to 4 decimals, but the outcome compares exactly, without division
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO.setScale(4)
                    : local.divide(total, 4, RoundingMode.DOWN);
            checks.add(new RuleCheck(LOCAL_SHARE, "Local co-financing (all but LBF) at least "
                    + minimum.movePointRight(2).stripTrailingZeros().toPlainString() + " % of the plan total",
                    RuleUnit.SHARE, minimum.setScale(4), share,
                    outcome(local.compareTo(total.multiply(minimum)) >= 0)));
        }
        return checks;
    }

    private static RuleOutcome outcome(boolean passed) {
        return passed ? RuleOutcome.PASSED : RuleOutcome.FAILED;
    }
}
