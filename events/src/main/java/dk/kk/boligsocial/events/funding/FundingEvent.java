package dk.kk.boligsocial.events.funding;

import java.util.UUID;

/**
 * A change in a plan's money, published by funding-service on
 * {@link dk.kk.boligsocial.events.Topics#FUNDING} with the plan id as record key and {@code ce_subject}.
 *
 * <p>Every funding event names the plan's round and lead housing organisation, so subscribers can
 * scope a {@code boligorganisation}'s access without calling back.
 */
public sealed interface FundingEvent permits FundingReservedV1, FundingReservationRefusedV1, FundingCommittedV1,
        FundingReleasedV1, FundingDisbursedV1, FundingReservationAdjustedV1, FundingRevisionRefusedV1,
        FundingDisbursementApprovedV1, FundingDisbursementCorrectedV1, FundingGrantAmendedV1, FundingClosedOutV1 {

    /** The plan (helhedsplan). */
    UUID planId();

    /** The funding round (pulje), e.g. {@code 2011-14}. */
    String roundId();

    /** The plan's lead housing organisation. */
    UUID housingOrganisationId();
}
