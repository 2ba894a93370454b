package dk.kk.boligsocial.events.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The schema rules the evaluation records' constructors enforce, so a producer fails where it builds a bad event. */
final class EvaluationChecks {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private EvaluationChecks() {
    }

    static void identity(UUID planId, String roundId, UUID housingOrganisationId) {
        Objects.requireNonNull(planId, "planId");
        text(roundId, "roundId");
        Objects.requireNonNull(housingOrganisationId, "housingOrganisationId");
    }

    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static String code(String value, String name) {
        Objects.requireNonNull(value, name);
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is not a code (A-Z, 0-9, _): " + value);
        }
        return value;
    }

    static <T> List<T> nonEmpty(List<T> values, String name) {
        List<T> copy = List.copyOf(Objects.requireNonNull(values, name));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }
}
