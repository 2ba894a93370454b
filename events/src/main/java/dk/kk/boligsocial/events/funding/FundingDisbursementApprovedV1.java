package dk.kk.boligsocial.events.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The municipality approved a planned disbursement of the plan's schedule for payment. No money has moved yet: the
 * payment is announced by {@code funding.disbursed.v1} with the same {@code disbursementId}.
 *
 * <p>Emitted by funding-service on {@code POST /v1/plans/{planId}/disbursements/{id}/approval}.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param disbursementId        the disbursement
 * @param source                whose commitment it will be paid out of
 * @param year                  the commitment's year
 * @param amount                the amount approved, greater than zero
 * @param reference             the disbursement's reference
 * @param approvedBy            who approved it (the subject of its token)
 * @param approvedOn            the day the approval took effect (the decision's date, not when it was recorded)
 * @param approvedAt            when it was recorded, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingDisbursementApprovedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        UUID disbursementId,
        BudgetSource source,
        int year,
        Money amount,
        String reference,
        String approvedBy,
        LocalDate approvedOn,
        Instant approvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingDisbursementApprovedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        Objects.requireNonNull(disbursementId, "disbursementId");
        Objects.requireNonNull(source, "source");
        if (year < BudgetLine.MIN_YEAR || year > BudgetLine.MAX_YEAR) {
            throw new IllegalArgumentException("year out of range " + BudgetLine.MIN_YEAR + "-" + BudgetLine.MAX_YEAR + ": " + year);
        }
        PayloadRules.positive(amount, "amount");
        PayloadRules.text(reference, "reference");
        PayloadRules.text(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }

    /** Without a chain head, as the event was before issue 15. */
    public FundingDisbursementApprovedV1(UUID planId, String roundId, UUID housingOrganisationId,
            UUID disbursementId, BudgetSource source, int year, Money amount, String reference, String approvedBy,
            LocalDate approvedOn, Instant approvedAt) {
        this(planId, roundId, housingOrganisationId, disbursementId, source, year, amount, reference, approvedBy,
                approvedOn, approvedAt, null);
    }

    @Override
    public FundingDisbursementApprovedV1 withChainHead(String chainHead) {
        return new FundingDisbursementApprovedV1(planId, roundId, housingOrganisationId, disbursementId, source,
                year, amount, reference, approvedBy, approvedOn, approvedAt, chainHead);
    }
}
