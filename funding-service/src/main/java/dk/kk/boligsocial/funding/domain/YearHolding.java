package dk.kk.boligsocial.funding.domain;

import java.math.BigDecimal;

/** Sums of the ledger for one year (of a pool, or of one plan and source): computed, never stored. */
public record YearHolding(int year, BigDecimal reserved, BigDecimal committed, BigDecimal disbursed) {

    /** What the pool counts as used: reserved plus committed (disbursed money is part of the committed). */
    public BigDecimal held() {
        return reserved.add(committed);
    }
}
