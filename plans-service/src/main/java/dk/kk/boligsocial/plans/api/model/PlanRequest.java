package dk.kk.boligsocial.plans.api.model;

import dk.kk.boligsocial.plans.domain.PlanRules;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"title", "roundId", "housingOrganisationId", "housingAreaIds", "themes", "targetGroups", "periodStart", "periodEnd", "budget"}, description = "A plan as the applicant writes it. Unknown properties are rejected (400).")
public record PlanRequest(
        @Schema(example = "Helhedsplan for Mjølnerparken 2012-2015") String title,
        @Schema(description = "Round id (pulje); not changeable by PUT", example = "2011-14") String roundId,
        @Schema(description = "Lead housing organisation; not changeable by PUT") UUID housingOrganisationId,
        @Schema(description = "Housing areas of the lead organisation the plan covers", maxItems = PlanRules.MAX_HOUSING_AREAS) List<UUID> housingAreaIds,
        @Schema(description = "Theme codes of the round", maxItems = PlanRules.MAX_THEMES, example = "[\"BOERN_UNGE_FAMILIER\", \"BESKAEFTIGELSE_OG_UDDANNELSE\"]") List<String> themes,
        @Schema(maxItems = PlanRules.MAX_TARGET_GROUPS, example = "[\"Børn og unge 6-17 år\", \"Forældre\"]") List<String> targetGroups,
        @Schema(example = "2012-01-01") LocalDate periodStart,
        @Schema(description = "After periodStart; at most the round's maximum plan length (4 years)", example = "2015-12-31") LocalDate periodEnd,
        @Schema(description = "Budget request by source and year; each source and year at most once", maxItems = PlanRules.MAX_BUDGET_LINES) List<BudgetLineValue> budget,
        @Schema(maxItems = PlanRules.MAX_ACTIVITIES) List<ActivityValue> activities) {
}
