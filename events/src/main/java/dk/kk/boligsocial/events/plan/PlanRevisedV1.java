package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A prequalified plan has been revised in the dialogue before political approval: its content is now version
 * {@code contentVersion} ({@code GET /v1/plans/{id}/versions/{n}} in plans-service).
 *
 * <p>Emitted on every revision of a plan past DRAFT (today: while PREQUALIFIED; a draft's revisions are not announced,
 * nobody outside has seen it). funding-service adjusts the plan's reservation to the revised municipal co-financing
 * under the pool's invariant, or refuses with reasons; integrators receive the whole revised plan.
 *
 * @param planId                the plan
 * @param title                 the plan's title
 * @param roundId               the funding round (pulje), e.g. {@code 2011-14}
 * @param housingOrganisationId the lead housing organisation
 * @param housingAreaIds        the housing areas (boligområder) the plan covers, at least one
 * @param themes                theme codes of the round, at least one
 * @param periodStart           first day of the plan period
 * @param periodEnd             last day of the plan period, not before {@code periodStart}
 * @param requestedBudget       the revised budget request by source and year
 * @param contentVersion        the plan version this revision made, 2 or more
 * @param status                the plan's status, in which it was revised
 * @param decision              who revised it and when
 */
public record PlanRevisedV1(
        UUID planId,
        String title,
        String roundId,
        UUID housingOrganisationId,
        List<UUID> housingAreaIds,
        List<String> themes,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<BudgetLine> requestedBudget,
        int contentVersion,
        PlanStatus status,
        Decision decision) implements PlanEvent {

    public PlanRevisedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId, decision);
        PayloadRules.text(title, "title");
        housingAreaIds = PayloadRules.distinctNonEmpty(housingAreaIds, "housingAreaIds");
        themes = PayloadRules.themes(themes);
        PayloadRules.period(periodStart, periodEnd);
        requestedBudget = PayloadRules.list(requestedBudget, "requestedBudget");
        if (contentVersion < 2) {
            throw new IllegalArgumentException("a revision makes version 2 or later: " + contentVersion);
        }
        java.util.Objects.requireNonNull(status, "status");
    }
}
