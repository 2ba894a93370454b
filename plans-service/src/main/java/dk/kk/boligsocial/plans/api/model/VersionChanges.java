package dk.kk.boligsocial.plans.api.model;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What changed between two versions of a plan, field by field. Budget lines are compared per"
        + " source and year (budget.MUNICIPALITY.2013), with the totals per source (totalBudget.MUNICIPALITY) and in all"
        + " (totalBudget); lists (themes, housingAreaIds, targetGroups, activities) as wholes. A value absent in a version"
        + " is null.")
public record VersionChanges(
        UUID planId,
        @Schema(description = "The version compared from", example = "1") int from,
        @Schema(description = "The version compared to", example = "2") int to,
        @Schema(description = "Only the fields that differ, in a stable order") List<Change> changes) {

    @Schema(description = "One field that differs.")
    public record Change(
            @Schema(example = "budget.MUNICIPALITY.2013") String field,
            @Schema(description = "The value in version from (JSON of the field's type), or null") Object before,
            @Schema(description = "The value in version to, or null") Object after) {
    }
}
