package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.Decision;

import java.util.UUID;

/**
 * The granted plan has started (igangsat): its activities are running in the housing areas.
 *
 * <p>Emitted when a plan moves from {@code GRANTED} to {@code ACTIVE}. No Boligsocial service
 * reacts; integrators start following the plan's disbursements and measurements.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param decision              who recorded the start, and when
 */
public record PlanActivatedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        Decision decision) implements PlanEvent {

    public PlanActivatedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId, decision);
    }
}
