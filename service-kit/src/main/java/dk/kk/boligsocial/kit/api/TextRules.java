package dk.kk.boligsocial.kit.api;

import java.util.List;

/**
 * The free text, lists and counts the services accept, checked the same way everywhere: required text
 * present and not blank, every text of a length a caseworker's screen can show, every list capped, counts whole and
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

    /**
     * Whether a list a caller sent is within its cap (issue 10: every list in a request has one, stated in the
     * OpenAPI contract as {@code maxItems}); adds the error when it is not. Callers check the elements only when it is,
     * so an oversized list costs one comparison.
     */
    public static boolean withinCap(List<FieldError> errors, String field, List<?> list, int max) {
        if (list != null && list.size() > max) {
            errors.add(new FieldError(field, "must have at most " + max + " elements"));
            return false;
        }
        return true;
    }

    public static void count(List<FieldError> errors, String field, Integer value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value < 0) {
            errors.add(new FieldError(field, "must be 0 or more"));
        }
    }
}
