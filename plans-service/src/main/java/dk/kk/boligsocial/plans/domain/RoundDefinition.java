package dk.kk.boligsocial.plans.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A round as the municipality defines it (POST and PUT of a round), checked by {@link RoundRules}: everything but
 * its id, which names the round and never changes.
 */
public record RoundDefinition(String name, String description, int maxPlanYears, String currency, LocalDate opensOn,
        int firstYear, int lastYear, List<ThemeDefinition> themes, RoundFrame frame) {

    public RoundDefinition {
        themes = List.copyOf(themes);
    }

    /** A theme as defined: its code names it in plans, the rest describes it. */
    public record ThemeDefinition(String code, int position, String nameDa, String nameEn, String description) {
    }
}
