package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a value of an indicator may be, by its unit: a percentage 0-100, a whole count of 0 or more, kroner of 0 or
 * more in whole øre, or a score within the indicator's range. Every value is stored as NUMERIC(15,2), so none has
 * more than two decimals or more than 13 digits before the point. Errors name the field and the rule broken.
 */
public record ValueScale(IndicatorUnit unit, BigDecimal scoreMin, BigDecimal scoreMax) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public void check(List<FieldError> errors, String field, BigDecimal value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
            return;
        }
        if (value.precision() - value.scale() > 13) {
            errors.add(new FieldError(field, "must be less than 10^13"));
            return;
        }
        switch (unit) {
            case PERCENT -> {
                if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                    errors.add(new FieldError(field, "is a percentage and must be between 0 and 100"));
                } else {
                    maxTwoDecimals(errors, field, value);
                }
            }
            case COUNT -> {
                if (value.stripTrailingZeros().scale() > 0) {
                    errors.add(new FieldError(field, "is a count and must be a whole number"));
                } else if (value.signum() < 0) {
                    errors.add(new FieldError(field, "is a count and must be 0 or more"));
                }
            }
            case DKK -> {
                if (value.signum() < 0) {
                    errors.add(new FieldError(field, "is an amount in DKK and must be 0 or more"));
                } else {
                    maxTwoDecimals(errors, field, value);
                }
            }
            case SCORE -> {
                if (value.compareTo(scoreMin) < 0 || value.compareTo(scoreMax) > 0) {
                    errors.add(new FieldError(field, "is a score and must be between " + scoreMin.toPlainString()
                            + " and " + scoreMax.toPlainString()));
                } else {
                    maxTwoDecimals(errors, field, value);
                }
            }
        }
    }

    private static void maxTwoDecimals(List<FieldError> errors, String field, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "must have at most 2 decimals"));
        }
    }
}
