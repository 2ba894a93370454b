package dk.kk.boligsocial.events.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money, on the wire {@code {"amount": 30000000.00, "currency": "DKK"}}.
 *
 * <p>The amount is always held with two decimals (øre), matching {@code NUMERIC(15,2)} in the
 * services, so that equal amounts are equal records however they were written. An amount that
 * needs more than two decimals is refused rather than rounded: rounding money silently would
 * make totals disagree between services. An amount of 10^13 or more is refused too: no service
 * could keep it ({@code NUMERIC(15,2)}).
 *
 * @param amount   the amount, at most two decimals
 * @param currency ISO 4217 code, three capital letters
 */
public record Money(BigDecimal amount, String currency) {

    public static final String DKK = "DKK";

    private static final int SCALE = 2;
    /** Exclusive: {@code NUMERIC(15,2)} holds at most 13 digits before the point. */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(13);
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be three capital letters (ISO 4217): " + currency);
        }
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount has more than two decimals: " + amount.toPlainString(), e);
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amount must be less than 10^13: " + amount.toPlainString());
        }
    }

    /** Danish kroner, e.g. {@code Money.dkk("30000000.00")}. */
    public static Money dkk(String amount) {
        return dkk(new BigDecimal(amount));
    }

    /** Danish kroner. */
    public static Money dkk(BigDecimal amount) {
        return new Money(amount, DKK);
    }
}
