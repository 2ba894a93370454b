package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.api.model.PoolResponse;
import dk.kk.boligsocial.funding.api.model.RoundReport;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.api.model.PlanAllocation;
import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.persistence.PlanFundingRepository;
import dk.kk.boligsocial.funding.persistence.PoolRepository;
import dk.kk.boligsocial.funding.persistence.ReportRepository;
import dk.kk.boligsocial.funding.persistence.ReportRepository.PlanSums;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.funding.persistence.ReportRepository.Returned;
import dk.kk.boligsocial.funding.persistence.ReportRepository.RoundFigures;
import dk.kk.boligsocial.funding.persistence.ReportRepository.SourceYearSums;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import dk.kk.boligsocial.kit.web.CsvTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The round report: where the round's money stands, from one query over the running sums (no transaction: one
 * statement reads one consistent snapshot), made again only when the round has changed since.
 */
@ApplicationScoped
public class ReportService {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** The report of a round as made at its version, in its year. */
    private record Today(long version, int year, RoundReport report) {
    }

    private final ReportRepository reports;
    /** Today's report of each round that has a version: a few rounds a decade, so never evicted. */
    private final ConcurrentMap<String, Today> today = new ConcurrentHashMap<>();
    private final PlanFundingRepository planFundings;
    private final PoolRepository pools;
    private final Clock clock;

    public ReportService(ReportRepository reports, PlanFundingRepository planFundings, PoolRepository pools,
            Clock clock) {
        this.reports = reports;
        this.planFundings = planFundings;
        this.pools = pools;
        this.clock = clock;
    }

    /**
     * @param asOf the day the money figures are as of (entries effective by its end), or {@code null} for now: then
     *             the report made before is given again, with a new {@code generatedAt}, while the round's version
     *             and the year are the same (one primary-key look-up instead of the report's query)
     */
    public RoundReport round(String roundId, LocalDate asOf) {
        Instant now = clock.instant();
        // Not Timestamps.now(): nothing stores this instant, so the microseconds PostgreSQL keeps do not matter;
        // a report has always said when it was made to the millisecond, and clients show it as such.
        Instant generatedAt = now.truncatedTo(ChronoUnit.MILLIS);
        if (asOf != null) {
            return report(roundId, reports.round(roundId, asOf), asOf.getYear(), asOf, generatedAt);
        }
        int currentYear = LocalDate.ofInstant(now, COPENHAGEN).getYear();
        // read first: a report made after it is at least as new as the version it is kept under
        Long version = reports.version(roundId);
        Today known = version == null ? null : today.get(roundId);
        if (known != null && known.version() == version && known.year() == currentYear) {
            return known.report().madeAt(generatedAt);
        }
        RoundReport report = report(roundId, reports.round(roundId), currentYear, null, generatedAt);
        if (version != null) {
            today.put(roundId, new Today(version, currentYear, report));
        }
        return report;
    }

    private RoundReport report(String roundId, RoundFigures figures, int currentYear, LocalDate asOf,
            Instant generatedAt) {
        Map<String, Long> states = figures.plansByState();
        if (figures.pool() == null && states.isEmpty()) {
            throw new ResourceNotFoundException("round", roundId);
        }
        PoolResponse pool = figures.pool() == null ? null
                : FundingResponses.pool(figures.pool(), figures.rule(), figures.holdings());
        List<SourceYearSums> sums = figures.sums();
        List<Returned> returned = figures.returned();
        List<RoundReport.SourceYear> bySourceAndYear = sums.stream()
                .map(s -> line(s.source(), s.year(), List.of(s), returned(returned, r -> r.source() == s.source()
                        && r.year() == s.year()))).toList();
        List<RoundReport.SourceYear> bySource = group(sums, SourceYearSums::source).entrySet().stream()
                .map(e -> line(e.getKey(), null, e.getValue(), returned(returned, r -> r.source() == e.getKey())))
                .toList();
        List<RoundReport.SourceYear> byYear = group(sums, SourceYearSums::year).entrySet().stream()
                .map(e -> line(null, e.getKey(), e.getValue(), returned(returned, r -> r.year() == e.getKey())))
                .toList();
        // a year has ended when the report's day is in a later year: due but unpaid is what is still waiting there
        List<RoundReport.ScheduleYear> schedule = figures.schedule().stream().map(s -> new RoundReport.ScheduleYear(
                s.source(), s.year(), FundingResponses.money(s.planned()), FundingResponses.money(s.approved()),
                FundingResponses.money(s.paid()), FundingResponses.money(s.year() < currentYear
                        ? s.planned().add(s.approved()) : BigDecimal.ZERO))).toList();
        BigDecimal due = schedule.stream().map(s -> s.dueButUnpaid().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        RoundReport.Leverage leverage = leverage(figures.volume());
        RoundReport.Leverage leverageAtGrant = leverage(figures.atGrant());
        return new RoundReport(roundId, pool, bySourceAndYear, bySource, byYear, leverage, leverageAtGrant,
                Collections.unmodifiableMap(states), schedule, FundingResponses.money(due),
                FundingResponses.money(returned(returned, r -> r.source() == BudgetSource.MUNICIPALITY)),
                generatedAt, asOf);
    }

    private static RoundReport.Leverage leverage(ReportRepository.Volume volume) {
        BigDecimal ratio = volume.municipal().signum() == 0 ? null
                : volume.planVolume().divide(volume.municipal(), 4, RoundingMode.HALF_EVEN);
        return new RoundReport.Leverage(volume.plans(), FundingResponses.money(volume.planVolume()),
                FundingResponses.money(volume.municipal()), ratio);
    }

    /**
     * The round's plans one page at a time, each with its share of the money: three statements a page (the plans,
     * their ledger sums, their schedule), whatever the round's size. Oldest first (by when funding first knew them).
     */
    public Page<PlanAllocation> plans(String roundId, PageRequest page) {
        List<PlanFunding> rows = planFundings.page(roundId, page);
        if (rows.isEmpty() && page.after().isEmpty() && pools.findByRound(roundId).isEmpty()) {
            throw new ResourceNotFoundException("round", roundId);
        }
        int currentYear = LocalDate.ofInstant(clock.instant(), COPENHAGEN).getYear();
        Map<UUID, PlanSums> sums = reports.planSums(rows.stream().map(PlanFunding::planId).toList(), currentYear);
        return Page.fromLookahead(rows, page, p -> new Cursor(p.createdAt(), p.planId()), p -> {
            PlanSums s = sums.getOrDefault(p.planId(), PlanSums.NONE);
            return new PlanAllocation(p.planId(), p.title(), p.housingOrganisationId(), p.state(),
                    FundingResponses.money(s.municipalReserved()), FundingResponses.money(s.municipalCommitted()),
                    FundingResponses.money(s.committed()), FundingResponses.money(s.disbursed()),
                    FundingResponses.money(s.committed().subtract(s.disbursed())),
                    FundingResponses.money(s.returnedToPool()), FundingResponses.money(s.planned()),
                    FundingResponses.money(s.approved()), FundingResponses.money(s.dueButUnpaid()));
        });
    }

    /** The round report as one row per source and year ({@code Accept: text/csv}). */
    public CsvTable roundTable(String roundId, LocalDate asOf) {
        return RoundReportTables.bySourceAndYear(round(roundId, asOf));
    }

    /** Every plan of the round with its money, one row each (no paging: a spreadsheet wants them all). */
    public CsvTable plansTable(String roundId) {
        List<PlanAllocation> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<PlanAllocation> page = plans(roundId, PageRequest.of(String.valueOf(PageRequest.MAX_LIMIT), cursor));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return RoundReportTables.plans(roundId, all);
    }

    private static <K extends Comparable<K>> Map<K, List<SourceYearSums>> group(List<SourceYearSums> sums,
            Function<SourceYearSums, K> key) {
        return sums.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static RoundReport.SourceYear line(BudgetSource source, Integer year, List<SourceYearSums> sums,
            BigDecimal returned) {
        return new RoundReport.SourceYear(source, year,
                FundingResponses.money(FundingResponses.sum(sums, SourceYearSums::reserved)),
                FundingResponses.money(FundingResponses.sum(sums, SourceYearSums::committed)),
                FundingResponses.money(FundingResponses.sum(sums, SourceYearSums::disbursed)),
                FundingResponses.money(returned));
    }

    private static BigDecimal returned(List<Returned> returned, Predicate<Returned> which) {
        return returned.stream().filter(which).map(Returned::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
