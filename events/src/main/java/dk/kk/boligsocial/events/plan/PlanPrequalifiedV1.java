package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.Decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Landsbyggefonden has prequalified the application (prækvalifikation): the full plan may now be
 * prepared in dialogue between the municipality and the housing organisation.
 *
 * <p>Emitted when a plan moves from {@code SUBMITTED} to {@code PREQUALIFIED}. funding-service
 * reserves the requested municipal co-financing (medfinansiering) in the round's pool, or
 * refuses the reservation when the pool cannot carry it; integrators receive everything they
 * need about the plan without calling back.
 *
 * @param planId                the plan
 * @param title                 the plan's title
 * @param roundId               the funding round (pulje), e.g. {@code 2011-14}
 * @param housingOrganisationId the lead housing organisation
 * @param housingAreaIds        the housing areas (boligområder) the plan covers, at least one
 * @param themes                theme codes of the round (indsatsområder), at least one, e.g. {@code SUNDHED}
 * @param periodStart           first day of the plan period
 * @param periodEnd             last day of the plan period, not before {@code periodStart}
 * @param requestedBudget       the budget request by source and year
 * @param decision              LBF's decision: who, when, reference
 */
public record PlanPrequalifiedV1(
        UUID planId,
        String title,
        String roundId,
        UUID housingOrganisationId,
        List<UUID> housingAreaIds,
        List<String> themes,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<BudgetLine> requestedBudget,
        Decision decision) implements PlanEvent {

    public PlanPrequalifiedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId, decision);
        PayloadRules.text(title, "title");
        housingAreaIds = PayloadRules.distinctNonEmpty(housingAreaIds, "housingAreaIds");
        themes = PayloadRules.themes(themes);
        PayloadRules.period(periodStart, periodEnd);
        requestedBudget = PayloadRules.list(requestedBudget, "requestedBudget");
    }
}
