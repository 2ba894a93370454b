package dk.kk.boligsocial.events.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * funding-service could not move the plan's reservation to its revised municipal co-financing: the pool cannot carry
 * the revision or a co-financing rule of the round fails on it. Nothing was booked or released: the reservation the
 * plan held ({@code held}, possibly none) stays as it was.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param causationEventId      {@code ce_id} of the {@code plan.revised.v1} event
 * @param contentVersion        the plan version whose co-financing was refused
 * @param reasons               why, at least one
 * @param requested             the revised municipal co-financing asked for, MUNICIPALITY lines by year
 * @param held                  the reservation the plan still holds, MUNICIPALITY lines by year
 * @param ruleChecks            the round's co-financing rules applied to the revised budget
 * @param refusedAt             when, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingRevisionRefusedV1(
        java.util.UUID planId,
        String roundId,
        java.util.UUID housingOrganisationId,
        String causationEventId,
        int contentVersion,
        List<RefusalReason> reasons,
        List<BudgetLine> requested,
        List<BudgetLine> held,
        List<RuleCheck> ruleChecks,
        Instant refusedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingRevisionRefusedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        PayloadRules.text(causationEventId, "causationEventId");
        if (contentVersion < 1) {
            throw new IllegalArgumentException("contentVersion must be at least 1: " + contentVersion);
        }
        reasons = PayloadRules.list(reasons, "reasons");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one reason");
        }
        requested = PayloadRules.municipal(requested, "requested");
        held = PayloadRules.municipal(held, "held");
        ruleChecks = PayloadRules.list(ruleChecks, "ruleChecks");
        Objects.requireNonNull(refusedAt, "refusedAt");
    }

    /** Without a chain head, as the event was before issue 15. */
    public FundingRevisionRefusedV1(java.util.UUID planId, String roundId, java.util.UUID housingOrganisationId,
            String causationEventId, int contentVersion, List<RefusalReason> reasons, List<BudgetLine> requested,
            List<BudgetLine> held, List<RuleCheck> ruleChecks, Instant refusedAt) {
        this(planId, roundId, housingOrganisationId, causationEventId, contentVersion, reasons, requested, held,
                ruleChecks, refusedAt, null);
    }

    @Override
    public FundingRevisionRefusedV1 withChainHead(String chainHead) {
        return new FundingRevisionRefusedV1(planId, roundId, housingOrganisationId, causationEventId,
                contentVersion, reasons, requested, held, ruleChecks, refusedAt, chainHead);
    }
}
