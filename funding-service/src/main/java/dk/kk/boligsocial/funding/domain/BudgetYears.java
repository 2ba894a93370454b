package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import java.util.List;

/** The years funding keeps money for: the span every service accepts (2000-2100). */
final class BudgetYears {

    private BudgetYears() {
    }

    static void check(List<FieldError> errors, String field, Integer year) {
        if (year == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (year < 2000 || year > 2100) {
            errors.add(new FieldError(field, "must be between 2000 and 2100"));
        }
    }
}
