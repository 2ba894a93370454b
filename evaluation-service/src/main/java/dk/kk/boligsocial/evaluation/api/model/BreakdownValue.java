package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.Dimension;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value's part for one value of a dimension. AGE_GROUP: 0-12, 13-17, 18-24, 25+ or UNKNOWN;"
        + " GENDER: FEMALE, MALE or UNKNOWN; HOUSING_AREA: one of the plan's housing area ids. For a RATIO indicator give"
        + " numerator and denominator (amount is then 100 * n / d and may be left out).")
public record BreakdownValue(
        Dimension dimension,
        @Schema(description = "The dimension's value", example = "13-17") String value,
        @Schema(nullable = true, description = "The part in the indicator's unit", example = "12") BigDecimal amount,
        @Schema(nullable = true, description = "RATIO only: the part's numerator") BigDecimal numerator,
        @Schema(nullable = true, description = "RATIO only: the part's denominator") BigDecimal denominator) {
}
