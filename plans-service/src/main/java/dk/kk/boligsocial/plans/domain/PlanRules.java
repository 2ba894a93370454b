package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.TextRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a plan's content must keep, checked as a whole so that one answer names every problem:
 * themes of its round, activities under the plan's own themes, areas of its lead organisation,
 * a period of at most the round's maximum length, and a budget request in whole øre, by source
 * and year, inside the period.
 */
public final class PlanRules {

    private static final int MAX_TEXT = TextRules.MAX_TEXT;
    private static final int MAX_LONG_TEXT = TextRules.MAX_LONG_TEXT;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** Caps on the plan's lists (issue 10), stated as maxItems in the OpenAPI contract of PlanRequest. */
    public static final int MAX_HOUSING_AREAS = 20;
    public static final int MAX_THEMES = 10;
    public static final int MAX_TARGET_GROUPS = 20;
    public static final int MAX_BUDGET_LINES = 60;
    public static final int MAX_ACTIVITIES = 100;

    private PlanRules() {
    }

    /**
     * @param areas the housing areas the content refers to that exist and the caller may see, by id
     */
    public static List<FieldError> check(PlanContent content, Round round, UUID housingOrganisationId,
            Map<UUID, HousingArea> areas) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "title", content.title(), MAX_TEXT);
        checkAreas(errors, content.housingAreaIds(), housingOrganisationId, areas);
        checkThemes(errors, content.themes(), round);
        checkTargetGroups(errors, content.targetGroups());
        boolean periodOk = checkPeriod(errors, content, round);
        checkBudget(errors, content, round, periodOk);
        checkActivities(errors, content);
        return errors;
    }

    static final String NOT_AN_AREA_OF_THE_ORGANISATION = "is not a housing area of the plan's housing organisation";

    private static void checkAreas(List<FieldError> errors, List<UUID> ids, UUID organisationId,
            Map<UUID, HousingArea> areas) {
        if (ids == null || ids.isEmpty()) {
            errors.add(new FieldError("housingAreaIds", "must name at least one housing area"));
            return;
        }
        if (!TextRules.withinCap(errors, "housingAreaIds", ids, MAX_HOUSING_AREAS)) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "housingAreaIds[" + i + "]";
            UUID id = ids.get(i);
            HousingArea area = id == null ? null : areas.get(id);
            // one answer for an area that does not exist and one of another organisation: the answer must not tell
            // a housing organisation which ids are other organisations' areas (issue 10)
            if (area == null || !area.housingOrganisationId().equals(organisationId)) {
                errors.add(new FieldError(field, NOT_AN_AREA_OF_THE_ORGANISATION));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field, "is named twice"));
            }
        }
    }

    private static void checkThemes(List<FieldError> errors, List<String> themes, Round round) {
        if (themes == null || themes.isEmpty()) {
            errors.add(new FieldError("themes", "must pick at least one theme of round " + round.id()));
            return;
        }
        if (!TextRules.withinCap(errors, "themes", themes, MAX_THEMES)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < themes.size(); i++) {
            String code = themes.get(i);
            String field = "themes[" + i + "]";
            if (code == null || round.theme(code).isEmpty()) {
                errors.add(new FieldError(field, "is not a theme of round " + round.id() + " ("
                        + String.join(", ", round.themes().stream().map(Theme::code).toList()) + ")"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(field, "is named twice"));
            }
        }
    }

    private static void checkTargetGroups(List<FieldError> errors, List<String> groups) {
        if (groups == null || groups.isEmpty()) {
            errors.add(new FieldError("targetGroups", "must name at least one target group"));
            return;
        }
        if (!TextRules.withinCap(errors, "targetGroups", groups, MAX_TARGET_GROUPS)) {
            return;
        }
        for (int i = 0; i < groups.size(); i++) {
            TextRules.required(errors, "targetGroups[" + i + "]", groups.get(i), MAX_TEXT);
        }
    }

    private static boolean checkPeriod(List<FieldError> errors, PlanContent content, Round round) {
        if (content.periodStart() == null) {
            errors.add(new FieldError("periodStart", "is required"));
        }
        if (content.periodEnd() == null) {
            errors.add(new FieldError("periodEnd", "is required"));
        }
        if (content.periodStart() == null || content.periodEnd() == null) {
            return false;
        }
        if (content.periodStart().getYear() < FIRST_YEAR || content.periodEnd().getYear() > LAST_YEAR) {
            errors.add(new FieldError("periodStart", "the period must lie between " + FIRST_YEAR + " and " + LAST_YEAR));
            return false;
        }
        if (!content.periodStart().isBefore(content.periodEnd())) {
            errors.add(new FieldError("periodEnd", "must be after periodStart"));
            return false;
        }
        if (!content.periodEnd().isBefore(content.periodStart().plusYears(round.maxPlanYears()))) {
            errors.add(new FieldError("periodEnd",
                    "a plan of round " + round.id() + " runs at most " + round.maxPlanYears() + " years"));
            return false;
        }
        return true;
    }

    private static void checkBudget(List<FieldError> errors, PlanContent content, Round round, boolean periodOk) {
        List<BudgetLine.Unchecked> budget = content.budget();
        if (budget == null || budget.isEmpty()) {
            errors.add(new FieldError("budget", "must request at least one amount"));
            return;
        }
        if (!TextRules.withinCap(errors, "budget", budget, MAX_BUDGET_LINES)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < budget.size(); i++) {
            String field = "budget[" + i + "]";
            BudgetLine.Unchecked line = budget.get(i);
            if (line == null) {
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            if (line.source() == null) {
                errors.add(new FieldError(field + ".source", "is required"));
            }
            if (line.year() == null) {
                errors.add(new FieldError(field + ".year", "is required"));
            } else if (periodOk && (line.year() < content.periodStart().getYear()
                    || line.year() > content.periodEnd().getYear())) {
                errors.add(new FieldError(field + ".year", "must lie in the plan period "
                        + content.periodStart().getYear() + "-" + content.periodEnd().getYear()));
            }
            if (line.source() != null && !seen.add(line.source() + "/" + line.year())) {
                errors.add(new FieldError(field, "repeats source " + line.source() + " for year " + line.year()));
            }
            MoneyRules.check(errors, field + ".amount", line.amount(), line.currency(), round.currency());
        }
    }

    private static void checkActivities(List<FieldError> errors, PlanContent content) {
        List<PlannedActivity> activities = content.activities();
        if (activities == null || !TextRules.withinCap(errors, "activities", activities, MAX_ACTIVITIES)) {
            return;
        }
        List<String> themes = content.themes() == null ? List.of() : content.themes();
        for (int i = 0; i < activities.size(); i++) {
            String field = "activities[" + i + "]";
            PlannedActivity activity = activities.get(i);
            if (activity == null) {
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            if (activity.theme() == null || !themes.contains(activity.theme())) {
                errors.add(new FieldError(field + ".theme", "must be one of the plan's themes"));
            }
            TextRules.required(errors, field + ".title", activity.title(), MAX_TEXT);
            if (activity.description() != null && activity.description().length() > MAX_LONG_TEXT) {
                errors.add(new FieldError(field + ".description", "must be at most " + MAX_LONG_TEXT + " characters"));
            }
        }
    }
}
