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

    /**
     * The head of the round's ledger hash chain after this event's entries (the hash of the round's last entry when
     * the event was published), so that an auditor can check an exported ledger against it offline
     * ({@code dk.kk.boligsocial.events.ledger.VerifyPoolChain --expect-head}); {@code null} (absent on the wire) before
     * the round has any entry, and in events published before the chain existed.
     */
    String chainHead();

    /** The same event carrying the given chain head. */
    FundingEvent withChainHead(String chainHead);
}
