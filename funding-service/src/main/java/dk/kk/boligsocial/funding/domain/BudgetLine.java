package dk.kk.boligsocial.funding.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** One source's money in one year of a plan's budget, requested or granted. Kept in the plan's row as JSON. */
public record BudgetLine(BudgetSource source, int year, BigDecimal amount) {

    /** The municipality's lines, by year: what the pool is asked to carry. */
    public static List<BudgetLine> municipal(List<BudgetLine> budget) {
        return budget.stream().filter(l -> l.source() == BudgetSource.MUNICIPALITY)
                .sorted(Comparator.comparingInt(BudgetLine::year)).toList();
    }

    public static BigDecimal sum(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal sum(List<BudgetLine> lines, BudgetSource source) {
        return sum(lines.stream().filter(l -> l.source() == source).toList());
    }
}
