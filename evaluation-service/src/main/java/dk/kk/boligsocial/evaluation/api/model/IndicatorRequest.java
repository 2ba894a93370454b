package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.Dimension;
import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.domain.Reporting;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"code", "roundId", "theme", "nameDa", "nameEn", "direction", "description"}, description = "A new indicator of the catalogue. Unknown properties are rejected (400).")
public record IndicatorRequest(
        @Schema(description = "Unique code, capital letters, digits and _", example = "YOUTH_IN_HOMEWORK_CAFES") String code,
        @Schema(example = "2011-14") String roundId,
        @Schema(description = "A theme code of the round", example = "BOERN_UNGE_FAMILIER") String theme,
        @Schema(example = "Unge i lektiecaféer") String nameDa,
        @Schema(example = "Young people in homework cafés") String nameEn,
        @Schema(nullable = true, description = "Required, except for a QUALITATIVE indicator, which has none; PERCENT for a RATIO") IndicatorUnit unit,
        IndicatorDirection direction,
        @Schema(example = "Antal unge, der jævnligt kommer i områdets lektiecaféer.") String description,
        @Schema(description = "Lowest score; required for SCORE, not allowed otherwise", example = "1") BigDecimal scoreMin,
        @Schema(description = "Highest score; required for SCORE, not allowed otherwise", example = "5") BigDecimal scoreMax,
        @Schema(nullable = true, description = "VALUE (absent), RATIO (numerator/denominator) or QUALITATIVE (narrative)") IndicatorKind kind,
        @Schema(nullable = true, description = "PERIODIC (absent) or CUMULATIVE (each period adds to a running total)") Reporting reporting,
        @Schema(nullable = true, description = "Breakdowns that apply (AGE_GROUP, GENDER, HOUSING_AREA); absent: none") List<Dimension> dimensions) {
}
