package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.funding.api.PoolResponse;
import dk.kk.boligsocial.funding.api.RoundReport;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.funding.persistence.ReportRepository;
import dk.kk.boligsocial.funding.persistence.ReportRepository.SourceYearSums;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The round report: where the round's money stands, from a handful of aggregate queries. */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final PoolRepository pools;
    private final PoolService poolService;
    private final Clock clock;

    public ReportService(ReportRepository reports, PoolRepository pools, PoolService poolService, Clock clock) {
        this.reports = reports;
        this.pools = pools;
        this.poolService = poolService;
        this.clock = clock;
    }

    @Transactional
    public RoundReport round(String roundId) {
        PoolResponse pool = pools.findByRound(roundId).map(poolService::view).orElse(null);
        Map<String, Long> states = reports.plansByState(roundId);
        if (pool == null && states.isEmpty()) {
            throw new ResourceNotFoundException("round", roundId);
        }
        List<SourceYearSums> sums = reports.sums(roundId);
        List<RoundReport.SourceYear> bySourceAndYear = sums.stream()
                .map(s -> line(s.source(), s.year(), List.of(s))).toList();
        List<RoundReport.SourceYear> bySource = group(sums, SourceYearSums::source).entrySet().stream()
                .map(e -> line(e.getKey(), null, e.getValue())).toList();
        List<RoundReport.SourceYear> byYear = group(sums, SourceYearSums::year).entrySet().stream()
                .map(e -> line(null, e.getKey(), e.getValue())).toList();
        ReportRepository.Volume volume = reports.volume(roundId);
        BigDecimal ratio = volume.municipal().signum() == 0 ? null
                : volume.planVolume().divide(volume.municipal(), 4, RoundingMode.HALF_EVEN);
        RoundReport.Leverage leverage = new RoundReport.Leverage(volume.plans(), Views.money(volume.planVolume()),
                Views.money(volume.municipal()), ratio);
        return new RoundReport(roundId, pool, bySourceAndYear, bySource, byYear, leverage, states,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    private static <K extends Comparable<K>> Map<K, List<SourceYearSums>> group(List<SourceYearSums> sums,
            Function<SourceYearSums, K> key) {
        return sums.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static RoundReport.SourceYear line(dk.kk.boligsocial.events.common.BudgetSource source, Integer year,
            List<SourceYearSums> sums) {
        return new RoundReport.SourceYear(source, year,
                Views.money(sums.stream().map(SourceYearSums::reserved).reduce(BigDecimal.ZERO, BigDecimal::add)),
                Views.money(sums.stream().map(SourceYearSums::committed).reduce(BigDecimal.ZERO, BigDecimal::add)),
                Views.money(sums.stream().map(SourceYearSums::disbursed).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
