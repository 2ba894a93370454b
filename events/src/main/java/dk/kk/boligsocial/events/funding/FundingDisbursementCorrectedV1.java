package dk.kk.boligsocial.events.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment announced by {@code funding.disbursed.v1} was wrong and is reversed: a reversing ledger entry of the
 * whole amount, the payment's own entry left as it was. A right payment, if any, is a new disbursement.
 *
 * <p>Emitted by funding-service on {@code POST /v1/plans/{planId}/disbursements/{id}/correction}.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param disbursementId        the corrected disbursement (as in its {@code funding.disbursed.v1})
 * @param reversalEntryId       the reversing ledger entry
 * @param source                whose commitment the payment was made out of
 * @param year                  the commitment's year
 * @param amount                the amount reversed (the whole payment), greater than zero
 * @param reason                why the payment was wrong
 * @param remainingCommitment   what remains of the commitment for that source and year afterwards
 * @param correctedBy           who recorded the correction (the subject of its token)
 * @param correctedAt           when, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingDisbursementCorrectedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        UUID disbursementId,
        UUID reversalEntryId,
        BudgetSource source,
        int year,
        Money amount,
        String reason,
        Money remainingCommitment,
        String correctedBy,
        Instant correctedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingDisbursementCorrectedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        Objects.requireNonNull(disbursementId, "disbursementId");
        Objects.requireNonNull(reversalEntryId, "reversalEntryId");
        Objects.requireNonNull(source, "source");
        if (year < BudgetLine.MIN_YEAR || year > BudgetLine.MAX_YEAR) {
            throw new IllegalArgumentException("year out of range " + BudgetLine.MIN_YEAR + "-" + BudgetLine.MAX_YEAR + ": " + year);
        }
        PayloadRules.positive(amount, "amount");
        PayloadRules.text(reason, "reason");
        PayloadRules.notNegative(remainingCommitment, "remainingCommitment");
        PayloadRules.text(correctedBy, "correctedBy");
        Objects.requireNonNull(correctedAt, "correctedAt");
    }

    /** Without a chain head, as the event was before issue 15. */
    public FundingDisbursementCorrectedV1(UUID planId, String roundId, UUID housingOrganisationId,
            UUID disbursementId, UUID reversalEntryId, BudgetSource source, int year, Money amount, String reason,
            Money remainingCommitment, String correctedBy, Instant correctedAt) {
        this(planId, roundId, housingOrganisationId, disbursementId, reversalEntryId, source, year, amount, reason,
                remainingCommitment, correctedBy, correctedAt, null);
    }

    @Override
    public FundingDisbursementCorrectedV1 withChainHead(String chainHead) {
        return new FundingDisbursementCorrectedV1(planId, roundId, housingOrganisationId, disbursementId,
                reversalEntryId, source, year, amount, reason, remainingCommitment, correctedBy, correctedAt,
                chainHead);
    }
}
