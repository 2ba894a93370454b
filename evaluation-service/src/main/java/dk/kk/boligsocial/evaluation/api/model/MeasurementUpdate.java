package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A DRAFT's new content, or the correction of a RETURNED one, by the indicator's kind as in"
        + " MeasurementRequest; it replaces value, numerator, denominator, narrative, breakdown and note. The period (year) stays.")
public record MeasurementUpdate(
        @Schema(nullable = true, example = "47.00") BigDecimal value,
        @Schema(nullable = true, description = "Optional; at most 4000 characters; replaces the note",
                example = "Rettet: alle afdelinger talt med") String note,
        @Schema(nullable = true, description = "RATIO: the numerator") BigDecimal numerator,
        @Schema(nullable = true, description = "RATIO: the denominator") BigDecimal denominator,
        @Schema(nullable = true, description = "QUALITATIVE: the account of the period") String narrative,
        @Schema(nullable = true, description = "Parts per dimension value; absent: none") List<BreakdownValue> breakdown) {
}
