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
 * The plan's requested municipal co-financing is reserved in the round's pool (reservation), year by year.
 *
 * <p>Emitted by funding-service on {@code plan.prequalified.v1} when the pool can carry the request and the round's
 * co-financing rules pass. A plan that requests no municipal co-financing gets an empty reservation.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param causationEventId      {@code ce_id} of the plan event that caused the reservation
 * @param poolId                the round's co-financing pool
 * @param reservations          what is reserved, MUNICIPALITY lines by year
 * @param totalReserved         the sum of {@code reservations}
 * @param ruleChecks            the round's co-financing rules applied to the plan's budget, all passed
 * @param reservedAt            when the reservation was booked, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingReservedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String causationEventId,
        UUID poolId,
        List<BudgetLine> reservations,
        Money totalReserved,
        List<RuleCheck> ruleChecks,
        Instant reservedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingReservedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        PayloadRules.text(causationEventId, "causationEventId");
        Objects.requireNonNull(poolId, "poolId");
        reservations = PayloadRules.municipal(reservations, "reservations");
        PayloadRules.notNegative(totalReserved, "totalReserved");
        ruleChecks = PayloadRules.list(ruleChecks, "ruleChecks");
        Objects.requireNonNull(reservedAt, "reservedAt");
    }

    /** Without a chain head, as the event was before issue 15. */
    public FundingReservedV1(UUID planId, String roundId, UUID housingOrganisationId, String causationEventId,
            UUID poolId, List<BudgetLine> reservations, Money totalReserved, List<RuleCheck> ruleChecks,
            Instant reservedAt) {
        this(planId, roundId, housingOrganisationId, causationEventId, poolId, reservations, totalReserved,
                ruleChecks, reservedAt, null);
    }

    @Override
    public FundingReservedV1 withChainHead(String chainHead) {
        return new FundingReservedV1(planId, roundId, housingOrganisationId, causationEventId, poolId, reservations,
                totalReserved, ruleChecks, reservedAt, chainHead);
    }
}
