package dk.kk.boligsocial.funding.domain;

import java.math.BigDecimal;

/**
 * One co-financing rule of the round applied to a plan's budget: which rule, what it expected, what the plan has.
 *
 * @param rule     the rule's code, {@link CoFinancingRules#MATCH} or {@link CoFinancingRules#LOCAL_SHARE}
 * @param unit     what {@code expected} and {@code actual} measure
 * @param expected the least the plan must reach
 * @param actual   what the plan reaches
 */
public record RuleCheck(String rule, String description, RuleUnit unit, BigDecimal expected, BigDecimal actual,
                        RuleOutcome outcome) {

    public enum RuleUnit {
        /** Danish kroner. */
        DKK,
        /** A share of the plan's total budget, 0 to 1. */
        SHARE
    }

    public enum RuleOutcome { PASSED, FAILED }
}
