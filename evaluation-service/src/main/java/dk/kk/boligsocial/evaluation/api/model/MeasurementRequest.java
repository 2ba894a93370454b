package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"year"}, description = "A value of an indicator for a reporting period, by the indicator's"
        + " kind: value (VALUE, in the indicator's unit), numerator and denominator (RATIO; value = 100 * n / d), or"
        + " narrative (QUALITATIVE). A number may carry a breakdown by the indicator's dimensions; the parts of an"
        + " additive (COUNT or DKK) value, and a RATIO's numerators and denominators, must add up to the total (422).")
public record MeasurementRequest(
        @Schema(description = "A reporting period (year) of the plan", example = "2013") Integer year,
        @Schema(nullable = true, description = "VALUE: required; RATIO: optional, must be 100 * n / d", example = "45.00") BigDecimal value,
        @Schema(description = "Optional; at most 4000 characters", example = "Klubtællingen oktober 2013") String note,
        @Schema(nullable = true, description = "true keeps the value as a DRAFT for its reporter, to be reported later"
                + " (POST .../submission); absent or false reports it for review at once", example = "false") Boolean draft,
        @Schema(nullable = true, description = "RATIO: how many of the denominator count", example = "45") BigDecimal numerator,
        @Schema(nullable = true, description = "RATIO: of how many", example = "100") BigDecimal denominator,
        @Schema(nullable = true, description = "QUALITATIVE: the account of the period, at most 4000 characters") String narrative,
        @Schema(nullable = true, description = "Parts per dimension value; absent: none") List<BreakdownValue> breakdown) {
}
