package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Landsbyggefonden has granted the plan (støttetilsagn).
 *
 * <p>Emitted when a plan moves from {@code APPROVED} to {@code GRANTED}. funding-service turns the
 * plan's reservations into commitments (tilsagn) per source and year from {@code grantedBudget};
 * evaluation-service creates the plan's evaluation framework from the indicator catalogue of its
 * themes; integrators receive the whole plan and its money without calling back.
 *
 * @param planId                the plan
 * @param title                 the plan's title
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param housingAreaIds        the housing areas (boligområder) the plan covers, at least one
 * @param themes                theme codes of the round, at least one
 * @param periodStart           first day of the plan period
 * @param periodEnd             last day of the plan period, not before {@code periodStart}
 * @param requestedBudget       the budget request by source and year, as applied for
 * @param grantedAmount         LBF's granted total
 * @param grantedBudget         what is granted per source and year: LBF's amount spread over the
 *                              years, plus the co-financing lines as requested; its {@code LBF}
 *                              lines add up to {@code grantedAmount}
 * @param decision              LBF's decision: who, when, reference
 */
public record PlanGrantedV1(
        UUID planId,
        String title,
        String roundId,
        UUID housingOrganisationId,
        List<UUID> housingAreaIds,
        List<String> themes,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<BudgetLine> requestedBudget,
        Money grantedAmount,
        List<BudgetLine> grantedBudget,
        Decision decision) implements PlanEvent {

    public PlanGrantedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId, decision);
        PayloadRules.text(title, "title");
        housingAreaIds = PayloadRules.distinctNonEmpty(housingAreaIds, "housingAreaIds");
        themes = PayloadRules.themes(themes);
        PayloadRules.period(periodStart, periodEnd);
        requestedBudget = PayloadRules.list(requestedBudget, "requestedBudget");
        Objects.requireNonNull(grantedAmount, "grantedAmount");
        if (grantedAmount.amount().signum() <= 0) {
            throw new IllegalArgumentException("grantedAmount must be positive: " + grantedAmount.amount().toPlainString());
        }
        grantedBudget = PayloadRules.list(grantedBudget, "grantedBudget");
        requireLbfLinesMatchGrant(grantedAmount, grantedBudget);
    }

    // Subscribers book commitments from the lines and report the total; if the two disagreed,
    // funding and LBF reporting would show different grants for the same plan.
    private static void requireLbfLinesMatchGrant(Money grantedAmount, List<BudgetLine> grantedBudget) {
        List<Money> lbf = grantedBudget.stream()
                .filter(line -> line.source() == BudgetSource.LBF)
                .map(BudgetLine::amount)
                .toList();
        if (lbf.stream().anyMatch(amount -> !amount.currency().equals(grantedAmount.currency()))) {
            throw new IllegalArgumentException("LBF lines of grantedBudget must be in " + grantedAmount.currency());
        }
        BigDecimal sum = lbf.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(grantedAmount.amount()) != 0) {
            throw new IllegalArgumentException("LBF lines of grantedBudget add up to " + sum.toPlainString()
                    + ", not to grantedAmount " + grantedAmount.amount().toPlainString());
        }
    }
}
