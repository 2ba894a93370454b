package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"year", "value"}, description = "A value of an indicator for a reporting period, in the indicator's unit.")
public record MeasurementRequest(
        @Schema(description = "A reporting period (year) of the plan", example = "2013") Integer year,
        @Schema(example = "45.00") BigDecimal value,
        @Schema(description = "Optional; at most 4000 characters", example = "Klubtællingen oktober 2013") String note,
        @Schema(nullable = true, description = "true keeps the value as a DRAFT for its reporter, to be reported later"
                + " (POST .../submission); absent or false reports it for review at once", example = "false") Boolean draft) {
}
