package dk.kk.boligsocial.events.funding;

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
 */
public record FundingReleasedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String causationEventId,
        ReleaseCause cause,
        List<BudgetLine> released,
        Money totalReleased,
        Instant releasedAt) implements FundingEvent {

    public FundingReleasedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        PayloadRules.text(causationEventId, "causationEventId");
        Objects.requireNonNull(cause, "cause");
        released = PayloadRules.municipal(released, "released");
        PayloadRules.notNegative(totalReleased, "totalReleased");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }

    public enum ReleaseCause { PLAN_REJECTED, PLAN_WITHDRAWN }
}
