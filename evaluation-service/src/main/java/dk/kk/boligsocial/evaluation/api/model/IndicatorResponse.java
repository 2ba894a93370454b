package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator of the catalogue: what can be measured for a theme, in which unit, which way is better.")
public record IndicatorResponse(
        UUID id,
        String code,
        String roundId,
        String theme,
        String nameDa,
        String nameEn,
        IndicatorUnit unit,
        IndicatorDirection direction,
        String description,
        @Schema(description = "Lowest score, for SCORE indicators", nullable = true) BigDecimal scoreMin,
        @Schema(description = "Highest score, for SCORE indicators", nullable = true) BigDecimal scoreMax,
        long version,
        Instant createdAt) {
}
