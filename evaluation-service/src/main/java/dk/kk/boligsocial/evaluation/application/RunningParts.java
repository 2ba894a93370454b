package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.Reporting;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries.PartRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The breakdown of one plan indicator's approved values per period as they count, like its totals in period_actual
 * (V9): as reported when PERIODIC; when CUMULATIVE each part's running total since the plan began (a RATIO part's
 * 100 * running n / running d), so that a part reported in an earlier period still counts in a later one.
 */
final class RunningParts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RunningParts() {
    }

    /** @param rows one plan indicator's parts, of any periods */
    static Map<Integer, List<PartRow>> byYear(List<PartRow> rows, Reporting reporting, IndicatorKind kind) {
        Map<Integer, List<PartRow>> reported = new TreeMap<>();
        rows.forEach(row -> reported.computeIfAbsent(row.year(), year -> new ArrayList<>()).add(row));
        if (reporting != Reporting.CUMULATIVE) {
            return reported;
        }
        Map<String, PartRow> running = new LinkedHashMap<>();
        Map<Integer, List<PartRow>> result = new TreeMap<>();
        reported.forEach((year, parts) -> {
            parts.forEach(part -> running.merge(part.dimension() + "/" + part.dimensionValue(), part,
                    (earlier, later) -> add(earlier, later, kind)));
            result.put(year, running.values().stream()
                    .map(part -> new PartRow(part.planId(), part.planIndicatorId(), part.indicatorId(), year,
                            part.dimension(), part.dimensionValue(), part.amount(), part.numerator(), part.denominator()))
                    .sorted(Comparator.comparing(PartRow::dimension).thenComparing(PartRow::dimensionValue))
                    .toList());
        });
        return result;
    }

    private static PartRow add(PartRow earlier, PartRow later, IndicatorKind kind) {
        BigDecimal numerator = plus(earlier.numerator(), later.numerator());
        BigDecimal denominator = plus(earlier.denominator(), later.denominator());
        BigDecimal amount = kind == IndicatorKind.RATIO && denominator != null && denominator.signum() > 0
                ? numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP)
                : plus(earlier.amount(), later.amount());
        return new PartRow(later.planId(), later.planIndicatorId(), later.indicatorId(), later.year(),
                later.dimension(), later.dimensionValue(), amount, numerator, denominator);
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
