package dk.kk.boligsocial.plans.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an applicant writes into a plan; checked by {@link PlanRules} before it reaches a {@link Plan}. */
public record PlanContent(
        String title,
        List<UUID> housingAreaIds,
        List<String> themes,
        List<String> targetGroups,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<BudgetLine.Unchecked> budget,
        List<PlannedActivity> activities) {
}
