package dk.kk.boligsocial.events.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The plan's grant is booked as commitments (tilsagn) per source and year: LBF's granted amount, the municipal
 * co-financing (which replaces its reservation in the pool) and the housing organisation's share.
 *
 * <p>Emitted by funding-service on {@code plan.granted.v1}. {@code basis} tells whether a reservation was turned into
 * the commitment or, visibly, the grant arrived without one and the pool could still carry it.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param causationEventId      {@code ce_id} of the {@code plan.granted.v1} event
 * @param basis                 whether the commitment replaced a reservation
 * @param commitments           what is committed, by source and year
 * @param municipalCommitted    the MUNICIPALITY lines' sum, now committed in the pool
 * @param reservationReleased   the reservation the commitment replaced (zero without one)
 * @param committedAt           when, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingCommittedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String causationEventId,
        CommitmentBasis basis,
        List<BudgetLine> commitments,
        Money municipalCommitted,
        Money reservationReleased,
        Instant committedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingCommittedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        PayloadRules.text(causationEventId, "causationEventId");
        Objects.requireNonNull(basis, "basis");
        commitments = PayloadRules.list(commitments, "commitments");
        PayloadRules.notNegative(municipalCommitted, "municipalCommitted");
        PayloadRules.notNegative(reservationReleased, "reservationReleased");
        Objects.requireNonNull(committedAt, "committedAt");
    }

    public enum CommitmentBasis {
        /** The plan's reservation was turned into the commitment. */
        RESERVATION,
        /** The grant found no reservation (e.g. refused at prequalification); the pool carried it at the grant. */
        WITHOUT_RESERVATION
    }

    /** Without a chain head, as the event was before issue 15. */
    public FundingCommittedV1(UUID planId, String roundId, UUID housingOrganisationId, String causationEventId,
            CommitmentBasis basis, List<BudgetLine> commitments, Money municipalCommitted,
            Money reservationReleased, Instant committedAt) {
        this(planId, roundId, housingOrganisationId, causationEventId, basis, commitments, municipalCommitted,
                reservationReleased, committedAt, null);
    }

    @Override
    public FundingCommittedV1 withChainHead(String chainHead) {
        return new FundingCommittedV1(planId, roundId, housingOrganisationId, causationEventId, basis, commitments,
                municipalCommitted, reservationReleased, committedAt, chainHead);
    }
}
