package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.plans.domain.BudgetLine;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.domain.PlanDecision;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the audit trail keeps of a plan before and after a change: its state (status, version, co-financing) around a
 * decision, and its content (title, period, areas, themes, requested money per source and year) around a revision.
 * Small documents of plain values, so that an auditor reads them without the API.
 */
final class AuditDocuments {

    private AuditDocuments() {
    }

    /** The plan's place in its lifecycle, before a decision. */
    static Map<String, Object> state(Plan plan) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", plan.status().name());
        state.put("contentVersion", plan.contentVersion());
        state.put("coFinancing", plan.coFinancing().name());
        return state;
    }

    /** After a decision: the new status and what the decision said. */
    static Map<String, Object> decided(Plan plan, PlanDecision d) {
        Map<String, Object> after = state(plan);
        after.put("decidedOn", d.decidedOn() == null ? null : d.decidedOn().toString());
        after.put("reference", d.reference());
        after.put("reason", d.reason());
        if (d.grantedAmount() != null) {
            after.put("grantedAmount", d.grantedAmount().toPlainString());
        }
        if (d.coFinancingOverride() != null) {
            after.put("coFinancingOverride", d.coFinancingOverride());
        }
        return after;
    }

    /** The plan's content as a revision changes it. */
    static Map<String, Object> content(Plan plan) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("contentVersion", plan.contentVersion());
        content.put("title", plan.title());
        content.put("periodStart", plan.periodStart().toString());
        content.put("periodEnd", plan.periodEnd().toString());
        content.put("housingAreaIds", plan.housingAreaIds().stream().map(Object::toString).toList());
        content.put("themes", List.copyOf(plan.themes()));
        Map<String, String> budget = new TreeMap<>();
        for (BudgetLine line : plan.requestedBudget()) {
            budget.put(line.source() + "." + line.year(), line.amount().toPlainString());
        }
        content.put("budget", budget);
        content.put("totalBudget", plan.requestedBudget().stream().map(BudgetLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
        return content;
    }
}
