package dk.kk.boligsocial.plans.domain;

import java.util.List;
import java.util.UUID;

/**
 * The parts of a plan that are revised only as a whole, stored as one JSONB document in the plan's row: reading a
 * plan is one indexed row, and writing it one insert or update, instead of a table (and a query) per list.
 * The themes are not in it: they have an array column of their own because plans are filtered by theme.
 */
public record PlanDocument(
        List<UUID> housingAreaIds,
        List<String> targetGroups,
        List<PlannedActivity> activities,
        List<BudgetLine> budget) {

    public PlanDocument {
        housingAreaIds = List.copyOf(housingAreaIds);
        targetGroups = List.copyOf(targetGroups);
        activities = List.copyOf(activities);
        budget = List.copyOf(budget);
    }
}
