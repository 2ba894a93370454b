package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.FieldError;
import java.math.BigDecimal;
import java.util.List;

/** What an amount in a request must be: present, positive, whole øre, fits NUMERIC(15,2), in DKK. */
final class MoneyRules {

    private MoneyRules() {
    }

    /** Adds the errors of {@code money} at {@code field}; answers the amount when it is valid, else null. */
    static BigDecimal check(List<FieldError> errors, String field, MoneyValue money) {
        if (money == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        int before = errors.size();
        BigDecimal amount = money.amount();
        if (amount == null) {
            errors.add(new FieldError(field + ".amount", "is required"));
        } else if (amount.signum() <= 0) {
            errors.add(new FieldError(field + ".amount", "must be greater than 0"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field + ".amount", "must have at most 2 decimals"));
        } else if (amount.precision() - amount.scale() > 13) {
            errors.add(new FieldError(field + ".amount", "must be less than 10^13"));
        }
        if (!MoneyValue.DKK.equals(money.currency())) {
            errors.add(new FieldError(field + ".currency", "must be " + MoneyValue.DKK));
        }
        return errors.size() == before ? amount.setScale(2) : null;
    }

    static void year(List<FieldError> errors, String field, Integer year) {
        if (year == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (year < 2000 || year > 2100) {
            errors.add(new FieldError(field, "must be between 2000 and 2100"));
        }
    }
}
