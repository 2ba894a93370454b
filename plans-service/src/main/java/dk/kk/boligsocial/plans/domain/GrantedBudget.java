package dk.kk.boligsocial.plans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a grant (støttetilsagn) amounts to per source and year. LBF grants one amount for the plan; it is spread
 * over the years in proportion to the LBF amounts requested per year (evenly over the plan's years if none were
 * requested), in whole øre, with the rounding remainder in the last year so that the lines add up to the granted
 * amount exactly. Co-financing from the other sources stands as requested.
 */
public final class GrantedBudget {

    private GrantedBudget() {
    }

    /** The LBF lines first, then the other sources' lines as requested. */
    public static List<BudgetLine> of(List<BudgetLine> requested, LocalDate periodStart, LocalDate periodEnd,
            BigDecimal lbfGranted) {
        List<BudgetLine> lbfRequested = requested.stream().filter(line -> line.source() == BudgetSource.LBF).toList();
        List<BudgetLine> granted = new ArrayList<>(spread(lbfGranted, lbfRequested, periodStart, periodEnd));
        requested.stream().filter(line -> line.source() != BudgetSource.LBF).forEach(granted::add);
        return granted;
    }

    private static List<BudgetLine> spread(BigDecimal total, List<BudgetLine> requested, LocalDate periodStart,
            LocalDate periodEnd) {
        List<Integer> years = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        if (requested.isEmpty()) {
            for (int year = periodStart.getYear(); year <= periodEnd.getYear(); year++) {
                years.add(year);
                weights.add(BigDecimal.ONE);
            }
        } else {
            requested.forEach(line -> {
                years.add(line.year());
                weights.add(line.amount());
            });
        }
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BudgetLine> lines = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < years.size(); i++) {
            BigDecimal share = i == years.size() - 1
                    ? total.subtract(allocated)
                    : total.multiply(weights.get(i)).divide(weightSum, 2, RoundingMode.DOWN);
            allocated = allocated.add(share);
            if (share.signum() == 0) {
                continue; // a tiny grant spread thin: a year without money has no line
            }
            lines.add(new BudgetLine(BudgetSource.LBF, years.get(i), share.setScale(2, RoundingMode.UNNECESSARY)));
        }
        return lines;
    }
}
