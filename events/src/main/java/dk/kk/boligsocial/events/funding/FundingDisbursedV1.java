package dk.kk.boligsocial.events.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment (udbetaling) against one of the plan's commitments, never more than what remains of it.
 *
 * <p>Emitted by funding-service when the municipality records a disbursement
 * ({@code POST /v1/plans/{planId}/disbursements}); it was caused by that request, not by a plan event.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param disbursementId        the disbursement
 * @param source                whose commitment is paid out
 * @param year                  the commitment's year
 * @param amount                the amount paid, greater than zero
 * @param reference             the payment's reference, e.g. a voucher number
 * @param remainingCommitment   what remains of the commitment for that source and year afterwards
 * @param disbursedBy           who recorded it (the subject of its token)
 * @param disbursedAt           when, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingDisbursedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        UUID disbursementId,
        BudgetSource source,
        int year,
        Money amount,
        String reference,
        Money remainingCommitment,
        String disbursedBy,
        Instant disbursedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingDisbursedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        Objects.requireNonNull(disbursementId, "disbursementId");
        Objects.requireNonNull(source, "source");
        if (year < BudgetLine.MIN_YEAR || year > BudgetLine.MAX_YEAR) {
            throw new IllegalArgumentException("year out of range " + BudgetLine.MIN_YEAR + "-" + BudgetLine.MAX_YEAR + ": " + year);
        }
        PayloadRules.positive(amount, "amount");
        PayloadRules.text(reference, "reference");
        PayloadRules.notNegative(remainingCommitment, "remainingCommitment");
        PayloadRules.text(disbursedBy, "disbursedBy");
        Objects.requireNonNull(disbursedAt, "disbursedAt");
    }

    /** Without a chain head, as the event was before issue 15. */
    public FundingDisbursedV1(UUID planId, String roundId, UUID housingOrganisationId, UUID disbursementId,
            BudgetSource source, int year, Money amount, String reference, Money remainingCommitment,
            String disbursedBy, Instant disbursedAt) {
        this(planId, roundId, housingOrganisationId, disbursementId, source, year, amount, reference,
                remainingCommitment, disbursedBy, disbursedAt, null);
    }

    @Override
    public FundingDisbursedV1 withChainHead(String chainHead) {
        return new FundingDisbursedV1(planId, roundId, housingOrganisationId, disbursementId, source, year, amount,
                reference, remainingCommitment, disbursedBy, disbursedAt, chainHead);
    }
}
