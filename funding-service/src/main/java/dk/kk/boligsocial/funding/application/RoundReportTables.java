package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.api.model.PlanAllocation;
import dk.kk.boligsocial.funding.api.model.PoolResponse;
import dk.kk.boligsocial.funding.api.model.RoundReport;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.web.CsvTable;
import java.util.List;
import java.util.Objects;

/**
 * The round report as spreadsheets for the committee: one row per source and year (the money of the report's
 * {@code bySourceAndYear}, with the schedule of that source and year beside it), and the per-plan allocation, one row
 * per plan. Column names are the JSON fields', so a column is found in the API guide under its name; amounts in
 * DKK.
 */
final class RoundReportTables {

    private RoundReportTables() {
    }

    static CsvTable bySourceAndYear(RoundReport report) {
        CsvTable table = CsvTable.withHeader("roundId", "asOf", "source", "year", "reserved", "committed",
                "disbursed", "returned", "planned", "approved", "paid", "dueButUnpaid", "poolCapacity",
                "poolAvailable");
        for (RoundReport.SourceYear line : report.bySourceAndYear()) {
            RoundReport.ScheduleYear schedule = report.schedule().stream()
                    .filter(s -> s.source() == line.source() && Objects.equals(s.year(), line.year()))
                    .findFirst().orElse(null);
            // the pool's year figures belong to the municipal lines: the pool is municipal co-financing
            PoolResponse.YearFigures poolYear = report.pool() == null || line.source() != BudgetSource.MUNICIPALITY
                    ? null : report.pool().years().stream().filter(y -> Objects.equals(y.year(), line.year()))
                    .findFirst().orElse(null);
            table.row(report.roundId(), report.asOf(), line.source(), line.year(), amount(line.reserved()),
                    amount(line.committed()), amount(line.disbursed()), amount(line.returned()),
                    schedule == null ? null : amount(schedule.planned()),
                    schedule == null ? null : amount(schedule.approved()),
                    schedule == null ? null : amount(schedule.paid()),
                    schedule == null ? null : amount(schedule.dueButUnpaid()),
                    poolYear == null ? null : amount(poolYear.capacity()),
                    poolYear == null ? null : amount(poolYear.available()));
        }
        return table;
    }

    static CsvTable plans(String roundId, List<PlanAllocation> plans) {
        CsvTable table = CsvTable.withHeader("roundId", "planId", "title", "housingOrganisationId", "state",
                "municipalReserved", "municipalCommitted", "committed", "disbursed", "remaining", "returnedToPool",
                "planned", "approved", "dueButUnpaid");
        for (PlanAllocation p : plans) {
            table.row(roundId, p.planId(), p.title(), p.housingOrganisationId(), p.state(),
                    amount(p.municipalReserved()), amount(p.municipalCommitted()), amount(p.committed()),
                    amount(p.disbursed()), amount(p.remaining()), amount(p.returnedToPool()), amount(p.planned()),
                    amount(p.approved()), amount(p.dueButUnpaid()));
        }
        return table;
    }

    private static Object amount(MoneyValue money) {
        return money == null ? null : money.amount();
    }
}
