package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.Decision;

import java.util.UUID;

/**
 * Landsbyggefonden has refused prequalification (afslag på prækvalifikation). The plan is closed.
 *
 * <p>Emitted when a plan moves from {@code SUBMITTED} to {@code REJECTED}. funding-service releases
 * whatever it holds for the plan; integrators close the case. The grounds are in
 * {@code decision.reason}.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param decision              LBF's decision: who, when, reference, reason
 */
public record PlanRejectedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        Decision decision) implements PlanEvent {

    public PlanRejectedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId, decision);
    }
}
