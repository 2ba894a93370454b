package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.BreakdownValue;
import dk.kk.boligsocial.evaluation.api.model.FrameworkResponse;
import dk.kk.boligsocial.evaluation.api.model.PeriodResponse;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse.PartProgress;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse.PeriodProgress;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse.Target;
import dk.kk.boligsocial.kit.web.CsvTable;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's framework as a spreadsheet: one row per indicator and reporting period (target, approved actual,
 * progress, narrative), followed by one per dimension value where the actual or the target is broken down. Text the
 * plan's users typed (narratives, codes of own indicators) goes through {@link CsvTable}, which defuses formulas.
 */
final class FrameworkTable {

    private FrameworkTable() {
    }

    static CsvTable of(FrameworkResponse framework) {
        CsvTable table = CsvTable.withHeader("planId", "indicatorCode", "theme", "kind", "unit", "reporting", "year",
                "dimension", "dimensionValue", "baseline", "target", "actual", "numerator", "denominator", "progress",
                "track", "narrative");
        for (PlanIndicatorResponse indicator : framework.indicators()) {
            BigDecimal baseline = indicator.baseline() == null ? null : indicator.baseline().value();
            for (PeriodResponse period : framework.periods()) {
                int year = period.year();
                Optional<Target> target = indicator.targets().stream().filter(t -> t.year() == year).findFirst();
                Optional<PeriodProgress> actual = indicator.actuals().stream()
                        .filter(a -> a.year() != null && a.year() == year).findFirst();
                table.row(framework.planId(), indicator.code(), indicator.theme(), indicator.kind(), indicator.unit(),
                        indicator.reporting(), year, null, null, baseline, target.map(Target::value).orElse(null),
                        actual.map(PeriodProgress::actual).orElse(null),
                        actual.map(PeriodProgress::numerator).orElse(null),
                        actual.map(PeriodProgress::denominator).orElse(null),
                        actual.map(PeriodProgress::progress).orElse(null),
                        actual.map(PeriodProgress::track).orElse(null),
                        actual.map(PeriodProgress::narrative).orElse(null));
                List<PartProgress> parts = actual.map(PeriodProgress::breakdown).orElse(List.of());
                List<BreakdownValue> targetParts = target.map(Target::breakdown).orElse(List.of());
                Set<String> keys = new LinkedHashSet<>();
                parts.forEach(p -> keys.add(p.dimension() + "\n" + p.value()));
                targetParts.forEach(p -> keys.add(p.dimension() + "\n" + p.value()));
                for (String key : keys) {
                    String[] dimensionValue = key.split("\n", 2);
                    Optional<PartProgress> part = parts.stream()
                            .filter(p -> key.equals(p.dimension() + "\n" + p.value())).findFirst();
                    BigDecimal partTarget = targetParts.stream()
                            .filter(p -> key.equals(p.dimension() + "\n" + p.value()))
                            .map(BreakdownValue::amount).findFirst().orElse(null);
                    table.row(framework.planId(), indicator.code(), indicator.theme(), indicator.kind(),
                            indicator.unit(), indicator.reporting(), year, dimensionValue[0], dimensionValue[1], null,
                            partTarget, part.map(PartProgress::actual).orElse(null),
                            part.map(PartProgress::numerator).orElse(null),
                            part.map(PartProgress::denominator).orElse(null), null,
                            part.map(PartProgress::track).orElse(null), null);
                }
            }
        }
        return table;
    }
}
