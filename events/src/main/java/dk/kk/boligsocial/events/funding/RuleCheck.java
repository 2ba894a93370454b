package dk.kk.boligsocial.events.funding;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One co-financing rule of the round applied to a plan's budget: which rule, what it expected, what the plan has.
 *
 * @param rule        the rule's code, e.g. {@code HOUSING_ORGANISATION_MATCH} or {@code MINIMUM_LOCAL_SHARE}
 * @param description the rule in words, with its parameter, e.g. "housing organisation ≥ 1.00 × municipality"
 * @param unit        what {@code expected} and {@code actual} measure: an amount in DKK or a share of the plan total
 * @param expected    the least the plan must reach
 * @param actual      what the plan reaches
 * @param outcome     whether the plan passes the rule
 */
public record RuleCheck(String rule, String description, RuleUnit unit, BigDecimal expected, BigDecimal actual,
                        RuleOutcome outcome) {

    public RuleCheck {
        PayloadRules.text(rule, "rule");
        PayloadRules.text(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What a rule's figures measure. */
    public enum RuleUnit {
        /** Danish kroner. */
        DKK,
        /** A share of the plan's total budget, 0 to 1. */
        SHARE
    }

    public enum RuleOutcome { PASSED, FAILED }
}
