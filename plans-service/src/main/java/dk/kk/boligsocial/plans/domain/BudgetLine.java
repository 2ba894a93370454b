package dk.kk.boligsocial.plans.domain;

import java.math.BigDecimal;

/**
 * What one source pays in one year of a plan, in the round's currency: a line of the budget a plan requests, or
 * of the budget a grant gives it ({@link GrantedBudget}).
 */
public record BudgetLine(BudgetSource source, int year, BigDecimal amount) {

    /**
     * A line as the applicant wrote it, before {@link PlanRules} checked it: any part may be missing, and the
     * currency (which a {@link BudgetLine} does not keep, being always the round's) is still to be compared with
     * the round's.
     */
    public record Unchecked(BudgetSource source, Integer year, BigDecimal amount, String currency) {

        /** Only for a line {@link PlanRules} accepted. */
        BudgetLine checked() {
            return new BudgetLine(source, year, amount);
        }
    }
}
