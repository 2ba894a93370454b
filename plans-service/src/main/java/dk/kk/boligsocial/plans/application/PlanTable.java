package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.web.CsvTable;
import dk.kk.boligsocial.plans.api.model.BudgetLineValue;
import dk.kk.boligsocial.plans.api.model.PlanResponse;
import dk.kk.boligsocial.plans.domain.BudgetSource;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plans as rows of a spreadsheet: one row per plan, its requested budget summed per source over the years (the
 * committee's columns), lists joined with spaces. The same names as the JSON fields, so a column is found in the API
 * guide under its name.
 */
final class PlanTable {

    private final CsvTable table = CsvTable.withHeader("id", "title", "roundId", "housingOrganisationId", "status",
            "housingAreaIds", "themes", "periodStart", "periodEnd", "requestedLbf", "requestedMunicipality",
            "requestedHousingOrganisation", "requestedOther", "requestedTotal", "currency", "coFinancing",
            "createdAt", "updatedAt");

    void add(PlanResponse plan) {
        Map<BudgetSource, BigDecimal> bySource = new EnumMap<>(BudgetSource.class);
        for (BudgetSource source : BudgetSource.values()) {
            bySource.put(source, BigDecimal.ZERO.setScale(2));
        }
        String currency = "DKK";
        for (BudgetLineValue line : plan.budget()) {
            bySource.merge(line.source(), line.amount().amount(), BigDecimal::add);
            currency = line.amount().currency();
        }
        BigDecimal total = bySource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        table.row(plan.id(), plan.title(), plan.roundId(), plan.housingOrganisationId(), plan.status(),
                plan.housingAreaIds().stream().map(UUID::toString).collect(Collectors.joining(" ")),
                String.join(" ", plan.themes()), plan.periodStart(), plan.periodEnd(),
                bySource.get(BudgetSource.LBF), bySource.get(BudgetSource.MUNICIPALITY),
                bySource.get(BudgetSource.HOUSING_ORGANISATION), bySource.get(BudgetSource.OTHER), total, currency,
                plan.coFinancing() == null ? null : plan.coFinancing().state(), plan.createdAt(), plan.updatedAt());
    }

    CsvTable csv() {
        return table;
    }
}
