package dk.kk.boligsocial.events.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The plan's reservation in the round's pool now matches its revised municipal co-financing: the previous reservation
 * went back to the pool and the revised one is reserved, in one booking under the pool's invariant.
 *
 * <p>Emitted by funding-service on {@code plan.revised.v1} when the pool can carry the revised request and the round's
 * co-financing rules pass (also for a plan whose reservation was refused before: {@code previous} is then empty).
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param causationEventId      {@code ce_id} of the {@code plan.revised.v1} event
 * @param poolId                the round's co-financing pool
 * @param contentVersion        the plan version the reservation now matches
 * @param previous              what was reserved before, MUNICIPALITY lines by year (released)
 * @param reservations          what is reserved now, MUNICIPALITY lines by year
 * @param totalReserved         the sum of {@code reservations}
 * @param ruleChecks            the round's co-financing rules applied to the revised budget, all passed
 * @param adjustedAt            when, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingReservationAdjustedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String causationEventId,
        UUID poolId,
        int contentVersion,
        List<BudgetLine> previous,
        List<BudgetLine> reservations,
        Money totalReserved,
        List<RuleCheck> ruleChecks,
        Instant adjustedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingReservationAdjustedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        PayloadRules.text(causationEventId, "causationEventId");
        Objects.requireNonNull(poolId, "poolId");
        if (contentVersion < 1) {
            throw new IllegalArgumentException("contentVersion must be at least 1: " + contentVersion);
        }
        previous = PayloadRules.municipal(previous, "previous");
        reservations = PayloadRules.municipal(reservations, "reservations");
        PayloadRules.notNegative(totalReserved, "totalReserved");
        ruleChecks = PayloadRules.list(ruleChecks, "ruleChecks");
        Objects.requireNonNull(adjustedAt, "adjustedAt");
    }

    /** Without a chain head, as the event was before issue 15. */
    public FundingReservationAdjustedV1(UUID planId, String roundId, UUID housingOrganisationId,
            String causationEventId, UUID poolId, int contentVersion, List<BudgetLine> previous,
            List<BudgetLine> reservations, Money totalReserved, List<RuleCheck> ruleChecks, Instant adjustedAt) {
        this(planId, roundId, housingOrganisationId, causationEventId, poolId, contentVersion, previous,
                reservations, totalReserved, ruleChecks, adjustedAt, null);
    }

    @Override
    public FundingReservationAdjustedV1 withChainHead(String chainHead) {
        return new FundingReservationAdjustedV1(planId, roundId, housingOrganisationId, causationEventId, poolId,
                contentVersion, previous, reservations, totalReserved, ruleChecks, adjustedAt, chainHead);
    }
}
