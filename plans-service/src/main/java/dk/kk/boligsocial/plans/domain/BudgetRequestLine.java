package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.events.common.BudgetSource;
import java.math.BigDecimal;

/** A budget line as an applicant wrote it, before {@link PlanRules} has checked it. */
public record BudgetRequestLine(BudgetSource source, Integer year, BigDecimal amount, String currency) {
}
