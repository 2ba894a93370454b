package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.BudgetLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The schema rules that the plan records' constructors enforce as well, so that a producer fails
 * where it builds a bad event rather than a consumer where it reads one.
 */
final class Checks {

    private static final Pattern THEME_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private Checks() {
    }

    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** An immutable copy that has at least one element and no duplicates. */
    static <T> List<T> distinctNonEmpty(List<T> values, String name) {
        List<T> copy = List.copyOf(Objects.requireNonNull(values, name));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(name + " must not contain duplicates: " + copy);
        }
        return copy;
    }

    /** Theme codes are data of the round; only their shape is fixed. */
    static List<String> themes(List<String> themes) {
        List<String> copy = distinctNonEmpty(themes, "themes");
        for (String theme : copy) {
            if (!THEME_CODE.matcher(theme).matches()) {
                throw new IllegalArgumentException("not a theme code (A-Z, 0-9, _): " + theme);
            }
        }
        return copy;
    }

    static List<BudgetLine> budget(List<BudgetLine> lines, String name) {
        return List.copyOf(Objects.requireNonNull(lines, name));
    }

    static void period(LocalDate periodStart, LocalDate periodEnd) {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("periodEnd " + periodEnd + " is before periodStart " + periodStart);
        }
    }

    static void identity(Object planId, String roundId, Object housingOrganisationId, Object decision) {
        Objects.requireNonNull(planId, "planId");
        text(roundId, "roundId");
        Objects.requireNonNull(housingOrganisationId, "housingOrganisationId");
        Objects.requireNonNull(decision, "decision");
    }
}
