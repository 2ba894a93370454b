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
 * The plan's reservation is released back to the round's pool, because LBF rejected the plan or it was withdrawn.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param causationEventId      {@code ce_id} of the {@code plan.rejected.v1} or {@code plan.withdrawn.v1} event
 * @param cause                 which of the two
 * @param released              what went back to the pool, MUNICIPALITY lines by year
 * @param totalReleased         the sum of {@code released}
 * @param releasedAt            when, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingReleasedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String causationEventId,
        ReleaseCause cause,
        List<BudgetLine> released,
        Money totalReleased,
        Instant releasedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingReleasedV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        PayloadRules.text(causationEventId, "causationEventId");
        Objects.requireNonNull(cause, "cause");
        released = PayloadRules.municipal(released, "released");
        PayloadRules.notNegative(totalReleased, "totalReleased");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }

    public enum ReleaseCause { PLAN_REJECTED, PLAN_WITHDRAWN }

    /** Without a chain head, as the event was before issue 15. */
    public FundingReleasedV1(UUID planId, String roundId, UUID housingOrganisationId, String causationEventId,
            ReleaseCause cause, List<BudgetLine> released, Money totalReleased, Instant releasedAt) {
        this(planId, roundId, housingOrganisationId, causationEventId, cause, released, totalReleased, releasedAt,
                null);
    }

    @Override
    public FundingReleasedV1 withChainHead(String chainHead) {
        return new FundingReleasedV1(planId, roundId, housingOrganisationId, causationEventId, cause, released,
                totalReleased, releasedAt, chainHead);
    }
}
