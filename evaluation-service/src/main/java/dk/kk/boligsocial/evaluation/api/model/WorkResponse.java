package dk.kk.boligsocial.evaluation.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's work queues, as of today. needsReporting and overdue: indicators of begun, open"
        + " periods without a REPORTED or APPROVED value, not yet due or past their due date (for an evaluator or a"
        + " housing organisation only the indicators they may report: without a reporter or assigned to them);"
        + " awaitingApproval: REPORTED values of open periods (for the municipality without those the caller created"
        + " or reported, which they may not approve). A housing organisation sees its own plans only.")
public record WorkResponse(
        @Schema(description = "The day the queues are computed for (UTC)") LocalDate today,
        Queue needsReporting,
        Queue awaitingApproval,
        Queue overdue) {

    @Schema(name = "WorkQueue", description = "The first limit items of a queue, by due date (awaitingApproval: oldest report first);"
            + " more is true when there are others (narrow with planId)")
    public record Queue(List<Item> items, boolean more) {
    }

    @Schema(name = "WorkItem", description = "One plan indicator and period to act on")
    public record Item(
            UUID planId,
            String planTitle,
            UUID housingOrganisationId,
            UUID indicatorId,
            String code,
            int year,
            LocalDate dueOn,
            @Schema(nullable = true, description = "The indicator's assigned reporter, if any") String reporter,
            @Schema(nullable = true, description = "The value in progress (DRAFT or RETURNED) or under review (REPORTED)") UUID measurementId,
            @Schema(nullable = true, description = "Its status; null if nothing was started") String status,
            @Schema(nullable = true) String reportedBy) {
    }
}
