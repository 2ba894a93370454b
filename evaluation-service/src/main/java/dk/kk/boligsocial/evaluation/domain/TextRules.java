package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import java.util.List;

/** Free text the service accepts: present where required, not blank, and of a length a screen can show. */
final class TextRules {

    static final int MAX_TEXT = 500;
    static final int MAX_LONG_TEXT = 4000;

    private TextRules() {
    }

    static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
