package dk.kk.boligsocial.kit.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What an amount in a request must be, in every service: present, greater than 0, in whole øre (at
 * most two decimals), small enough for NUMERIC(15,2), in the expected currency. Each broken rule
 * becomes a {@link FieldError} at {@code <field>.amount} or {@code <field>.currency}.
 */
public final class MoneyRules {

    private static final int MAX_INTEGER_DIGITS = 13;

    private MoneyRules() {
    }

    /** Checks {@code money} (null: the field is missing); answers the amount with two decimals when valid, else null. */
    public static BigDecimal check(List<FieldError> errors, String field, MoneyValue money, String currency) {
        if (money == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return check(errors, field, money.amount(), money.currency(), currency);
    }

    /** As {@link #check(List, String, MoneyValue, String)} for an amount and currency given apart. */
    public static BigDecimal check(List<FieldError> errors, String field, BigDecimal amount, String givenCurrency,
            String currency) {
        int before = errors.size();
        if (amount == null) {
            errors.add(new FieldError(field + ".amount", "is required"));
        } else if (amount.signum() <= 0) {
            errors.add(new FieldError(field + ".amount", "must be greater than 0"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field + ".amount", "must have at most 2 decimals"));
        } else if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            errors.add(new FieldError(field + ".amount", "must be less than 10^" + MAX_INTEGER_DIGITS));
        }
        if (!currency.equals(givenCurrency)) {
            errors.add(new FieldError(field + ".currency", "must be " + currency));
        }
        return errors.size() == before ? amount.setScale(2, RoundingMode.UNNECESSARY) : null;
    }
}
