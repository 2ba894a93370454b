package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.Decision;

import java.util.UUID;

/**
 * A change in a plan's lifecycle, published on {@link dk.kk.boligsocial.events.Topics#PLANS}
 * with the plan id as record key and {@code ce_subject}.
 *
 * <p>Every plan event names the plan's round and lead housing organisation, so that subscribers
 * can scope a {@code boligorganisation}'s access without calling plans-service, and the decision
 * that caused it.
 */
public sealed interface PlanEvent permits PlanSubmittedV1, PlanPrequalifiedV1, PlanRejectedV1, PlanApprovedV1,
        PlanGrantedV1, PlanActivatedV1, PlanCompletedV1, PlanWithdrawnV1, PlanRevisedV1 {

    /** The plan (helhedsplan). */
    UUID planId();

    /** The funding round (pulje), e.g. {@code 2011-14}. */
    String roundId();

    /** The lead housing organisation (boligorganisation). */
    UUID housingOrganisationId();

    /** Who decided the change, when, and on what grounds. */
    Decision decision();
}
