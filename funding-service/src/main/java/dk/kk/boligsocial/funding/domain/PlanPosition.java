package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.events.common.BudgetSource;
import java.math.BigDecimal;

/** A plan's ledger sums for one source and year. */
public record PlanPosition(BudgetSource source, int year, BigDecimal reserved, BigDecimal committed,
                           BigDecimal disbursed) {

    public BigDecimal remaining() {
        return committed.subtract(disbursed);
    }
}
