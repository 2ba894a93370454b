package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.Decision;

import java.util.Objects;
import java.util.UUID;

/**
 * The plan has been withdrawn (tilbagetrukket) by the municipality or its housing organisation
 * before Landsbyggefonden's grant. The plan is closed.
 *
 * <p>Emitted when a plan moves from {@code DRAFT}, {@code SUBMITTED}, {@code PREQUALIFIED} or
 * {@code APPROVED} to {@code WITHDRAWN}. funding-service releases the plan's reservation of
 * municipal co-financing, so the pool can carry other plans; integrators close the case.
 * The grounds are in {@code decision.reason}.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param previousStatus        the state the plan was withdrawn from
 * @param decision              who withdrew it, when, and why
 */
public record PlanWithdrawnV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        PlanStatus previousStatus,
        Decision decision) implements PlanEvent {

    public PlanWithdrawnV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId, decision);
        Objects.requireNonNull(previousStatus, "previousStatus");
        if (!previousStatus.isWithdrawable()) {
            throw new IllegalArgumentException("a plan cannot be withdrawn from " + previousStatus);
        }
    }
}
