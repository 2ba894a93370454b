package dk.kk.boligsocial.events.evaluation;

import java.util.UUID;

/**
 * An event of a plan's evaluation, published on {@link dk.kk.boligsocial.events.Topics#EVALUATIONS}
 * with the plan id as record key and {@code ce_subject}, so that a plan's evaluation events stay in
 * order. Like plan events, each names the plan's round and lead housing organisation, so that
 * subscribers can scope a {@code boligorganisation}'s access without calling back.
 */
public sealed interface EvaluationEvent permits EvaluationFrameworkCreatedV1, EvaluationCompletedV1,
        EvaluationMeasurementApprovedV1, ReportingDueSoonV1, ReportingOverdueV1 {

    /** The plan (helhedsplan) evaluated. */
    UUID planId();

    /** The funding round (pulje), e.g. {@code 2011-14}. */
    String roundId();

    /** The plan's lead housing organisation (boligorganisation). */
    UUID housingOrganisationId();
}
