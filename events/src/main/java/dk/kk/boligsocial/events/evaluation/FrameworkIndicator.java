package dk.kk.boligsocial.events.evaluation;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.util.Objects;
import java.util.UUID;

/**
 * One indicator of a plan's evaluation framework, as taken from the indicator catalogue.
 *
 * @param indicatorId the catalogue indicator
 * @param code        its stable code, e.g. {@code YOUTH_IN_CLUBS}
 * @param theme       the theme of the plan's round it measures
 * @param unit        what its values are
 * @param direction   whether a rise or a fall is progress
 */
public record FrameworkIndicator(UUID indicatorId, String code, String theme, IndicatorUnit unit,
                                 IndicatorDirection direction) {

    public FrameworkIndicator {
        Objects.requireNonNull(indicatorId, "indicatorId");
        PayloadRules.code(code, "code");
        PayloadRules.code(theme, "theme");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
    }
}
