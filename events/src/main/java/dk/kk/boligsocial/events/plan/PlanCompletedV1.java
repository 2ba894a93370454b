package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.Decision;

import java.util.UUID;

/**
 * The plan has ended (afsluttet): its period is over and its activities have stopped.
 *
 * <p>Emitted when a plan moves from {@code ACTIVE} to {@code COMPLETED}. evaluation-service opens
 * the final evaluation (slutevaluering) of the plan's themes; integrators close the plan in
 * their reports.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param decision              who recorded the completion, and when
 */
public record PlanCompletedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        Decision decision) implements PlanEvent {

    public PlanCompletedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId, decision);
    }
}
