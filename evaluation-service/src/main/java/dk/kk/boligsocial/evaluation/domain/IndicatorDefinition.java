package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.events.evaluation.IndicatorDirection;
import dk.kk.boligsocial.events.evaluation.IndicatorUnit;
import java.math.BigDecimal;

/** A new catalogue indicator as checked by {@link IndicatorCatalogue}. */
public record IndicatorDefinition(String code, String roundId, String theme, String nameDa, String nameEn,
        IndicatorUnit unit, IndicatorDirection direction, String description, BigDecimal scoreMin, BigDecimal scoreMax) {
}
