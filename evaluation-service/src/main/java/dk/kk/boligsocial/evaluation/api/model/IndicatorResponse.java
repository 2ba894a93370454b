package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.Dimension;
import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.domain.Reporting;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
        @Schema(nullable = true, description = "Null for a QUALITATIVE indicator") IndicatorUnit unit,
        IndicatorDirection direction,
        String description,
        @Schema(description = "Lowest score, for SCORE indicators", nullable = true) BigDecimal scoreMin,
        @Schema(description = "Highest score, for SCORE indicators", nullable = true) BigDecimal scoreMax,
        IndicatorKind kind,
        Reporting reporting,
        @Schema(description = "Breakdowns that apply to its values") List<Dimension> dimensions,
        long version,
        Instant createdAt) {
}
