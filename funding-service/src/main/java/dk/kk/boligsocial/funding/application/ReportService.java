package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.api.model.PoolResponse;
import dk.kk.boligsocial.funding.api.model.RoundReport;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.persistence.ReportRepository;
import dk.kk.boligsocial.funding.persistence.ReportRepository.RoundFigures;
import dk.kk.boligsocial.funding.persistence.ReportRepository.SourceYearSums;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The round report: where the round's money stands, from one query over the running sums (no transaction: one
 * statement reads one consistent snapshot).
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final Clock clock;

    public ReportService(ReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** @param asOf the day the money figures are as of (entries effective by its end), or {@code null} for now */
    public RoundReport round(String roundId, LocalDate asOf) {
        RoundFigures figures = asOf == null ? reports.round(roundId) : reports.round(roundId, asOf);
        Map<String, Long> states = figures.plansByState();
        if (figures.pool() == null && states.isEmpty()) {
            throw new ResourceNotFoundException("round", roundId);
        }
        PoolResponse pool = figures.pool() == null ? null
                : FundingResponses.pool(figures.pool(), figures.rule(), figures.holdings());
        List<SourceYearSums> sums = figures.sums();
        List<RoundReport.SourceYear> bySourceAndYear = sums.stream()
                .map(s -> line(s.source(), s.year(), List.of(s))).toList();
        List<RoundReport.SourceYear> bySource = group(sums, SourceYearSums::source).entrySet().stream()
                .map(e -> line(e.getKey(), null, e.getValue())).toList();
        List<RoundReport.SourceYear> byYear = group(sums, SourceYearSums::year).entrySet().stream()
                .map(e -> line(null, e.getKey(), e.getValue())).toList();
        ReportRepository.Volume volume = figures.volume();
        BigDecimal ratio = volume.municipal().signum() == 0 ? null
                : volume.planVolume().divide(volume.municipal(), 4, RoundingMode.HALF_EVEN);
        RoundReport.Leverage leverage = new RoundReport.Leverage(volume.plans(),
                FundingResponses.money(volume.planVolume()), FundingResponses.money(volume.municipal()), ratio);
        // Not Timestamps.now(): nothing stores this instant, so the microseconds PostgreSQL keeps do not matter;
        // a report has always said when it was made to the millisecond, and clients show it as such.
        return new RoundReport(roundId, pool, bySourceAndYear, bySource, byYear, leverage, states,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), asOf);
    }

    private static <K extends Comparable<K>> Map<K, List<SourceYearSums>> group(List<SourceYearSums> sums,
            Function<SourceYearSums, K> key) {
        return sums.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static RoundReport.SourceYear line(BudgetSource source, Integer year, List<SourceYearSums> sums) {
        return new RoundReport.SourceYear(source, year,
                FundingResponses.money(FundingResponses.sum(sums, SourceYearSums::reserved)),
                FundingResponses.money(FundingResponses.sum(sums, SourceYearSums::committed)),
                FundingResponses.money(FundingResponses.sum(sums, SourceYearSums::disbursed)));
    }
}
