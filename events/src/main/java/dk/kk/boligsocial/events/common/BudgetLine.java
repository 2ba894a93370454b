package dk.kk.boligsocial.events.common;

import java.util.Objects;

/**
 * One source's money for one year of a plan: requested in a budget request, or granted.
 *
 * @param source who pays
 * @param year   calendar year the money is for
 * @param amount positive amount
 */
public record BudgetLine(BudgetSource source, int year, Money amount) {

    /** Sanity bounds of a budget year; the seed's round covers 2012–2014. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public BudgetLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range " + MIN_YEAR + "-" + MAX_YEAR + ": " + year);
        }
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("budget line amount must be positive: " + amount.amount().toPlainString());
        }
    }
}
