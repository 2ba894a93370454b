package dk.kk.boligsocial.kit.api;

import java.util.List;

/**
 * The free text and counts the services accept, checked the same way everywhere: required text
 * present and not blank, every text of a length a caseworker's screen can show, counts whole and
 * not negative. Each broken rule becomes a {@link FieldError} naming the field and the rule.
 */
public final class TextRules {

    public static final int MAX_TEXT = 500;
    public static final int MAX_LONG_TEXT = 4000;

    private TextRules() {
    }

    public static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    public static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    public static void count(List<FieldError> errors, String field, Integer value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value < 0) {
            errors.add(new FieldError(field, "must be 0 or more"));
        }
    }
}
