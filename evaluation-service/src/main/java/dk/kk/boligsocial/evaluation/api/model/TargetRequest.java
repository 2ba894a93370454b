package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"value"}, description = "The target of an indicator of a plan for one period, in the indicator's unit.")
public record TargetRequest(@Schema(example = "60.00") BigDecimal value) {
}
