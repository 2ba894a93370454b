package dk.kk.boligsocial.plans.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.plans.domain.PlanStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A boligsocial helhedsplan and where it stands in its lifecycle.")
public record PlanResponse(
        UUID id,
        String title,
        String roundId,
        UUID housingOrganisationId,
        PlanStatus status,
        List<UUID> housingAreaIds,
        List<String> themes,
        List<String> targetGroups,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<BudgetLineValue> budget,
        @Schema(description = "Sum of the budget request over all sources and years") MoneyValue totalBudget,
        List<ActivityValue> activities,
        @Schema(description = "LBF's granted amount, once GRANTED; null before", nullable = true) MoneyValue grantedAmount,
        @Schema(description = "Decisions that can be taken now (path segments under /v1/plans/{id}/)",
                example = "[\"submission\", \"withdrawal\"]") List<String> allowedDecisions,
        @Schema(description = "Version; also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        CoFinancingValue coFinancing,
        @Schema(description = "The number of the current version of the plan's content (GET /v1/plans/{id}/versions/{n}):"
                + " 1 as created, one more for every revision", example = "1") int contentVersion) {
}
