package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.ThemeReportResponse;
import dk.kk.boligsocial.evaluation.api.model.ThemeReportResponse.IndicatorRollUp;
import dk.kk.boligsocial.evaluation.api.model.ThemeReportResponse.PartRollUp;
import dk.kk.boligsocial.kit.web.CsvTable;

/**
 * The theme report's indicators as a spreadsheet: one row per catalogue indicator and period rolled up across the
 * plans, followed by one per dimension value of its breakdown.
 */
final class ThemeReportTable {

    private ThemeReportTable() {
    }

    static CsvTable of(ThemeReportResponse report) {
        CsvTable table = CsvTable.withHeader("roundId", "theme", "indicatorCode", "kind", "unit", "reporting", "year",
                "dimension", "dimensionValue", "plans", "rollUp", "value", "numerator", "denominator");
        for (IndicatorRollUp i : report.indicators()) {
            table.row(report.roundId(), i.theme(), i.code(), i.kind(), i.unit(), i.reporting(), i.year(), null, null,
                    i.plans(), i.rollUp(), i.value(), i.numerator(), i.denominator());
            for (PartRollUp part : i.breakdown()) {
                table.row(report.roundId(), i.theme(), i.code(), i.kind(), i.unit(), i.reporting(), i.year(),
                        part.dimension(), part.value(), part.plans(), i.rollUp(), part.amount(), part.numerator(),
                        part.denominator());
            }
        }
        return table;
    }
}
