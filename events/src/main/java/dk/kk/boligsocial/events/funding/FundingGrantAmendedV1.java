package dk.kk.boligsocial.events.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The municipality amended a granted plan's municipal co-financing (new amounts, or the same money in other years),
 * and the pool and the round's co-financing rules carried it: the commitments now are {@code amended}. What an
 * amendment lowers goes back to the pool; what it raises is taken from it.
 *
 * <p>Emitted by funding-service on {@code POST /v1/plans/{planId}/amendments}; a refused amendment books nothing and
 * is not announced.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param amendmentId           the amendment
 * @param reference             the amendment's reference, e.g. a case number
 * @param previous              the municipal commitments before, per year
 * @param amended               the municipal commitments after, per year
 * @param totalAmended          the sum of {@code amended}
 * @param ruleChecks            the round's co-financing rules applied to the amended budget
 * @param amendedBy             who recorded it (the subject of its token)
 * @param decidedOn             the day the amendment took effect
 * @param amendedAt             when it was recorded, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingGrantAmendedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        UUID amendmentId,
        String reference,
        List<BudgetLine> previous,
        List<BudgetLine> amended,
        Money totalAmended,
        List<RuleCheck> ruleChecks,
        String amendedBy,
        LocalDate decidedOn,
        Instant amendedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingGrantAmendedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        Objects.requireNonNull(amendmentId, "amendmentId");
        PayloadRules.text(reference, "reference");
        previous = PayloadRules.municipal(previous, "previous");
        amended = PayloadRules.municipal(amended, "amended");
        PayloadRules.notNegative(totalAmended, "totalAmended");
        ruleChecks = PayloadRules.list(ruleChecks, "ruleChecks");
        PayloadRules.text(amendedBy, "amendedBy");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(amendedAt, "amendedAt");
    }

    /** Without a chain head, as the event was before issue 15. */
    public FundingGrantAmendedV1(UUID planId, String roundId, UUID housingOrganisationId, UUID amendmentId,
            String reference, List<BudgetLine> previous, List<BudgetLine> amended, Money totalAmended,
            List<RuleCheck> ruleChecks, String amendedBy, LocalDate decidedOn, Instant amendedAt) {
        this(planId, roundId, housingOrganisationId, amendmentId, reference, previous, amended, totalAmended,
                ruleChecks, amendedBy, decidedOn, amendedAt, null);
    }

    @Override
    public FundingGrantAmendedV1 withChainHead(String chainHead) {
        return new FundingGrantAmendedV1(planId, roundId, housingOrganisationId, amendmentId, reference, previous,
                amended, totalAmended, ruleChecks, amendedBy, decidedOn, amendedAt, chainHead);
    }
}
