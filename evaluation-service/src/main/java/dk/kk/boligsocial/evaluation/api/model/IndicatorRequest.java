package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"code", "roundId", "theme", "nameDa", "nameEn", "unit", "direction", "description"}, description = "A new indicator of the catalogue. Unknown properties are rejected (400).")
public record IndicatorRequest(
        @Schema(description = "Unique code, capital letters, digits and _", example = "YOUTH_IN_HOMEWORK_CAFES") String code,
        @Schema(example = "2011-14") String roundId,
        @Schema(description = "A theme code of the round", example = "BOERN_UNGE_FAMILIER") String theme,
        @Schema(example = "Unge i lektiecaféer") String nameDa,
        @Schema(example = "Young people in homework cafés") String nameEn,
        IndicatorUnit unit,
        IndicatorDirection direction,
        @Schema(example = "Antal unge, der jævnligt kommer i områdets lektiecaféer.") String description,
        @Schema(description = "Lowest score; required for SCORE, not allowed otherwise", example = "1") BigDecimal scoreMin,
        @Schema(description = "Highest score; required for SCORE, not allowed otherwise", example = "5") BigDecimal scoreMax) {
}
