package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.PayloadRules;
import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.events.common.Decision;

import java.util.UUID;

/**
 * The plan's application for prequalification (ansøgning om prækvalifikation) has been sent to
 * Landsbyggefonden, with the municipality's recommendation (indstilling).
 *
 * <p>Emitted when a plan moves from {@code DRAFT} to {@code SUBMITTED}. No Boligsocial service
 * reacts; integrators (LBF reporting, the data warehouse) learn that a case awaits LBF.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje), e.g. {@code 2011-14}
 * @param housingOrganisationId the lead housing organisation
 * @param title                 the plan's title
 * @param recommendation        the municipality's recommendation, or {@code null} when the housing
 *                              organisation submitted without one
 * @param decision              who submitted, and when
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanSubmittedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String title,
        String recommendation,
        Decision decision) implements PlanEvent {

    public PlanSubmittedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId, decision);
        PayloadRules.text(title, "title");
    }
}
