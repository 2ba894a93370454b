package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.kit.api.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a revision may change once a round has plans: nothing the plans were checked against may become stricter.
 * A theme a plan has picked stays (it may be renamed, described anew or moved); the maximum plan length may not
 * shrink, the opening date may not move later, and the round's years may not shrink. Everything else (names, texts,
 * new themes, the pool's capacities, the co-financing and reporting rules) may change: funding-service checks the
 * pool against what it holds, and rules apply to the checks made after they change.
 */
public final class RoundRules {

    private RoundRules() {
    }

    /**
     * @param themesInUse theme codes picked by at least one plan of the round
     * @param hasPlans    whether the round has plans at all
     * @throws ConflictException (409) naming the first kind of change the plans forbid, with {@code themes} or
     *                           {@code fields} as problem members
     */
    public static void checkRevision(Round current, RoundDefinition next, Set<String> themesInUse, boolean hasPlans) {
        Set<String> kept = new TreeSet<>();
        next.themes().forEach(t -> kept.add(t.code()));
        Set<String> removedInUse = new TreeSet<>(themesInUse);
        removedInUse.removeAll(kept);
        if (!removedInUse.isEmpty()) {
            throw new ConflictException("Round " + current.id() + " cannot drop theme" + (removedInUse.size() == 1 ? " " : "s ")
                    + String.join(", ", removedInUse) + ": plans of the round have picked "
                    + (removedInUse.size() == 1 ? "it" : "them"), Map.of("themes", List.copyOf(removedInUse)));
        }
        if (!hasPlans) {
            return;
        }
        List<String> stricter = new ArrayList<>();
        if (next.maxPlanYears() < current.maxPlanYears()) {
            stricter.add("maxPlanYears");
        }
        if (current.opensOn() != null && next.opensOn().isAfter(current.opensOn())) {
            stricter.add("opensOn");
        }
        if (next.firstYear() > current.firstYear()) {
            stricter.add("firstYear");
        }
        if (next.lastYear() < current.lastYear()) {
            stricter.add("lastYear");
        }
        if (!stricter.isEmpty()) {
            throw new ConflictException("Round " + current.id() + " has plans, which were checked against it: "
                    + String.join(", ", stricter) + " may not become stricter (a shorter maximum, a later opening, fewer years)",
                    Map.of("fields", stricter));
        }
    }
}
