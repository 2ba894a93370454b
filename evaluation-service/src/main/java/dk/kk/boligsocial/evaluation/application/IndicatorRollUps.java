package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.ThemeReportResponse.IndicatorRollUp;
import dk.kk.boligsocial.evaluation.api.model.ThemeReportResponse.PartRollUp;
import dk.kk.boligsocial.evaluation.domain.Dimension;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries.IndicatorTotals;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries.PartRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The theme report's indicators: each catalogue indicator's approved actuals per period across the plans of a round,
 * in total and per dimension value. How they add up depends on the indicator: counts and amounts are summed; a
 * RATIO's percentages are weighted by their denominators (100 * sum of n / sum of d), since an average of
 * percentages would give a plan of 10 people the weight of one of 1,000; other percentages and scores, which carry no
 * weight, are averaged.
 */
final class IndicatorRollUps {

    static final String SUM = "SUM";
    static final String WEIGHTED = "WEIGHTED";
    static final String MEAN = "MEAN";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorRollUps() {
    }

    static List<IndicatorRollUp> of(ProgressQueries progress, String roundId, UUID organisationId) {
        List<IndicatorTotals> totals = progress.indicatorTotals(roundId, organisationId);
        Map<UUID, IndicatorTotals> byIndicator = totals.stream()
                .collect(Collectors.toMap(IndicatorTotals::indicatorId, Function.identity(), (a, b) -> a));
        // Each plan indicator's parts as they count per period (running totals when CUMULATIVE), then across plans.
        Map<String, List<PartRow>> partsByPeriod = new TreeMap<>();
        progress.partsOfRound(roundId, organisationId).stream()
                .collect(Collectors.groupingBy(PartRow::planIndicatorId))
                .forEach((planIndicator, rows) -> {
                    IndicatorTotals indicator = byIndicator.get(rows.get(0).indicatorId());
                    if (indicator != null) {
                        RunningParts.byYear(rows, indicator.reporting(), indicator.kind()).forEach((year, parts) ->
                                partsByPeriod.computeIfAbsent(indicator.indicatorId() + "/" + year,
                                        key -> new ArrayList<>()).addAll(parts));
                    }
                });
        return totals.stream().map(t -> {
            String rule = rule(t.unit(), t.kind());
            BigDecimal value = switch (rule) {
                case SUM -> t.sum();
                case WEIGHTED -> percentage(t.numerator(), t.denominator());
                default -> t.mean();
            };
            return new IndicatorRollUp(t.indicatorId(), t.code(), t.theme(), t.unit(), t.kind(), t.reporting(),
                    t.year(), t.plans(), rule, Views.value(value),
                    rule.equals(WEIGHTED) ? Views.value(t.numerator()) : null,
                    rule.equals(WEIGHTED) ? Views.value(t.denominator()) : null,
                    parts(partsByPeriod.getOrDefault(t.indicatorId() + "/" + t.year(), List.of()), rule));
        }).toList();
    }

    static String rule(IndicatorUnit unit, IndicatorKind kind) {
        if (kind == IndicatorKind.RATIO) {
            return WEIGHTED;
        }
        return unit == IndicatorUnit.COUNT || unit == IndicatorUnit.DKK ? SUM : MEAN;
    }

    private static List<PartRollUp> parts(List<PartRow> rows, String rule) {
        Map<Dimension, Map<String, List<PartRow>>> grouped = rows.stream().collect(Collectors.groupingBy(
                PartRow::dimension, TreeMap::new, Collectors.groupingBy(PartRow::dimensionValue, TreeMap::new,
                        Collectors.toList())));
        List<PartRollUp> result = new ArrayList<>();
        grouped.forEach((dimension, byValue) -> byValue.forEach((value, parts) -> {
            BigDecimal sum = total(parts, PartRow::amount);
            BigDecimal numerator = total(parts, PartRow::numerator);
            BigDecimal denominator = total(parts, PartRow::denominator);
            BigDecimal amount = switch (rule) {
                case SUM -> sum;
                case WEIGHTED -> percentage(numerator, denominator);
                default -> sum.divide(BigDecimal.valueOf(parts.size()), 2, RoundingMode.HALF_UP);
            };
            boolean weighted = rule.equals(WEIGHTED);
            result.add(new PartRollUp(dimension, value, parts.size(), Views.value(amount),
                    weighted ? Views.value(numerator) : null, weighted ? Views.value(denominator) : null));
        }));
        result.sort(Comparator.comparing(PartRollUp::dimension));
        return result;
    }

    private static BigDecimal total(List<PartRow> parts, Function<PartRow, BigDecimal> amount) {
        return parts.stream().map(amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal percentage(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }
}
