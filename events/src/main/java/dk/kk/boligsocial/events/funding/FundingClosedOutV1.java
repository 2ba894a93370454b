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
 * The plan's money is closed: what was committed and not paid (committed − paid, per source and year) is released,
 * the municipal part of it back to the round's pool, and the plan's funding state is CLOSED. Announced once per
 * plan.
 *
 * <p>Emitted by funding-service on {@code plan.completed.v1} (or {@code plan.withdrawn.v1} of a plan holding
 * commitments).
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the plan's lead housing organisation
 * @param causationEventId      {@code ce_id} of the plan event that closed it
 * @param cause                 which plan event
 * @param released              the unspent commitments released, per source and year (empty if all was paid)
 * @param returnedToPool        the MUNICIPALITY part of {@code released}: what went back to the round's pool
 * @param totalPaid             what the plan was paid in all, net of corrections
 * @param closedAt              when, UTC
 * @param chainHead             the hash of the last entry of the round's ledger chain after this event's
 *                              entries (GET /v1/pools/{id}/proof), absent before the round has any; optional
 */
public record FundingClosedOutV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String causationEventId,
        CloseOutCause cause,
        List<BudgetLine> released,
        Money returnedToPool,
        Money totalPaid,
        Instant closedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chainHead) implements FundingEvent {

    public FundingClosedOutV1 {
        PayloadRules.chainHead(chainHead);
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        PayloadRules.text(causationEventId, "causationEventId");
        Objects.requireNonNull(cause, "cause");
        released = PayloadRules.list(released, "released");
        PayloadRules.notNegative(returnedToPool, "returnedToPool");
        PayloadRules.notNegative(totalPaid, "totalPaid");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    public enum CloseOutCause { PLAN_COMPLETED, PLAN_WITHDRAWN }

    /** Without a chain head, as the event was before issue 15. */
    public FundingClosedOutV1(UUID planId, String roundId, UUID housingOrganisationId, String causationEventId,
            CloseOutCause cause, List<BudgetLine> released, Money returnedToPool, Money totalPaid, Instant closedAt) {
        this(planId, roundId, housingOrganisationId, causationEventId, cause, released, returnedToPool, totalPaid,
                closedAt, null);
    }

    @Override
    public FundingClosedOutV1 withChainHead(String chainHead) {
        return new FundingClosedOutV1(planId, roundId, housingOrganisationId, causationEventId, cause, released,
                returnedToPool, totalPaid, closedAt, chainHead);
    }
}
