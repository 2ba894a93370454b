package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"value"}, description = "The target of an indicator of a plan for one period, in the"
        + " indicator's unit, and optionally its parts per dimension value (which replace the period's earlier ones; for a"
        + " COUNT or DKK indicator they add up to the target per dimension, otherwise 422).")
public record TargetRequest(
        @Schema(example = "60.00") BigDecimal value,
        @Schema(nullable = true, description = "Parts per dimension value (dimension, value, amount); absent: none")
        List<BreakdownValue> breakdown) {
}
