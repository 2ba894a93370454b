package dk.kk.boligsocial.plans.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The decision was taken although funding-service had refused the co-financing.")
public record CoFinancingOverrideEntry(
        @Schema(description = "Why, as the decider gave it") String reason,
        @Schema(description = "The refusal it overrode") List<RefusalReasonValue> refusal) {
}
