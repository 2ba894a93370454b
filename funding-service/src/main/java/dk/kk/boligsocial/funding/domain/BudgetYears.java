package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import java.util.List;

/** The years funding keeps money for: the span every service accepts (2000-2100). */
public final class BudgetYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private BudgetYears() {
    }

    /** Adds an error naming {@code field} unless {@code year} is given and within the span. */
    public static void check(List<FieldError> errors, String field, Integer year) {
        if (year == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (year < FIRST || year > LAST) {
            errors.add(new FieldError(field, "must be between " + FIRST + " and " + LAST));
        }
    }
}
