package dk.kk.boligsocial.evaluation.api.model;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator added to a plan's framework: a catalogue indicator of one of the plan's themes"
        + " (indicatorId), or the plan's own (own); exactly one of the two.")
public record PlanIndicatorRequest(
        @Schema(nullable = true, description = "A catalogue indicator of the plan's round and themes",
                example = "a0000000-0000-4000-8000-000000000211") UUID indicatorId,
        @Schema(nullable = true, description = "The plan's own indicator: roundId must be the plan's round and theme one"
                + " of its themes; it is not added to the catalogue") IndicatorRequest own) {
}
