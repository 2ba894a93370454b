package dk.kk.boligsocial.plans.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.plans.domain.PlanStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of a plan's content: 1 as created, one more for every revision. Decisions in the"
        + " plan's history name the version they were taken on (contentVersion).")
public record PlanVersionResponse(
        UUID planId,
        @Schema(description = "The version's number, from 1", example = "2") int number,
        @Schema(description = "Whether this is the plan's current content") boolean current,
        @Schema(description = "The plan's status when the version was made (DRAFT for version 1)") PlanStatus status,
        @Schema(description = "When the version was made") Instant recordedAt,
        @Schema(description = "Who made it (subject of the token)", example = "kommune-sagsbehandler") String actor,
        String title,
        List<UUID> housingAreaIds,
        List<String> themes,
        List<String> targetGroups,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<BudgetLineValue> budget,
        @Schema(description = "Sum of the budget request over all sources and years") MoneyValue totalBudget,
        List<ActivityValue> activities) {
}
