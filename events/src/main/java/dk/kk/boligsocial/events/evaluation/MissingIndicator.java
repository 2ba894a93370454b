package dk.kk.boligsocial.events.evaluation;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.util.Objects;
import java.util.UUID;

/**
 * An indicator of the plan that has no REPORTED or APPROVED value for the period yet.
 *
 * @param indicatorId the catalogue indicator
 * @param code        its stable code
 */
public record MissingIndicator(UUID indicatorId, String code) {

    public MissingIndicator {
        Objects.requireNonNull(indicatorId, "indicatorId");
        PayloadRules.code(code, "code");
    }
}
