package dk.kk.boligsocial.evaluation.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A granted plan's evaluation framework: its periods and indicators with baseline, targets, approved actuals and progress.")
public record FrameworkResponse(
        UUID planId,
        String title,
        String roundId,
        UUID housingOrganisationId,
        List<String> themes,
        @Schema(description = "The plan's housing areas (from its grant): the values of the HOUSING_AREA breakdown;"
                + " empty for plans granted before breakdowns") List<UUID> housingAreaIds,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(description = "ACTIVE, or COMPLETED once the plan is completed (its final evaluation is then due)") String status,
        @Schema(nullable = true) Instant completedAt,
        List<PeriodResponse> periods,
        List<PlanIndicatorResponse> indicators,
        @Schema(description = "Indicators dropped from the framework, oldest first, with the reason") List<DroppedIndicator> droppedIndicators,
        Instant createdAt) {

    @Schema(description = "An indicator dropped from the plan's framework: why, by whom and when.")
    public record DroppedIndicator(UUID indicatorId, String code, String reason, String droppedBy, Instant droppedAt) {
    }
}
