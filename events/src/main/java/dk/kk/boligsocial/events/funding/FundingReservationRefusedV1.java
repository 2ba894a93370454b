package dk.kk.boligsocial.events.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.BudgetLine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * funding-service did not reserve (or, for a grant without a reservation, did not commit) the plan's municipal
 * co-financing: the pool cannot carry it or a co-financing rule of the round fails. Nothing was booked.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param causationEventId      {@code ce_id} of the plan event that asked for the money
 * @param stage                 the plan event that asked: prequalification, or a grant that found no reservation
 * @param reasons               why, at least one
 * @param requested             the municipal co-financing asked for, MUNICIPALITY lines by year
 * @param ruleChecks            the round's co-financing rules applied to the plan's budget
 * @param refusedAt             when, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingReservationRefusedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String causationEventId,
        RefusalStage stage,
        List<RefusalReason> reasons,
        List<BudgetLine> requested,
        List<RuleCheck> ruleChecks,
        Instant refusedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingReservationRefusedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        PayloadRules.text(causationEventId, "causationEventId");
        Objects.requireNonNull(stage, "stage");
        reasons = PayloadRules.list(reasons, "reasons");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one reason");
        }
        requested = PayloadRules.municipal(requested, "requested");
        ruleChecks = PayloadRules.list(ruleChecks, "ruleChecks");
        Objects.requireNonNull(refusedAt, "refusedAt");
    }

    public enum RefusalStage {
        /** On {@code plan.prequalified.v1}: no reservation was made. */
        PREQUALIFICATION,
        /** On {@code plan.granted.v1} for a plan without a reservation: no municipal commitment was made. */
        GRANT
    }

    /** Without a chain head, as the event was before issue 15. */
    public FundingReservationRefusedV1(UUID planId, String roundId, UUID housingOrganisationId,
            String causationEventId, RefusalStage stage, List<RefusalReason> reasons, List<BudgetLine> requested,
            List<RuleCheck> ruleChecks, Instant refusedAt) {
        this(planId, roundId, housingOrganisationId, causationEventId, stage, reasons, requested, ruleChecks,
                refusedAt, null);
    }

    @Override
    public FundingReservationRefusedV1 withChainHead(String chainHead) {
        return new FundingReservationRefusedV1(planId, roundId, housingOrganisationId, causationEventId, stage,
                reasons, requested, ruleChecks, refusedAt, chainHead);
    }
}
