package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.api.model.BudgetLineValue;
import dk.kk.boligsocial.funding.api.model.DisbursementResponse;
import dk.kk.boligsocial.funding.api.model.PlanFundingResponse;
import dk.kk.boligsocial.funding.api.model.PoolRequest;
import dk.kk.boligsocial.funding.api.model.PoolResponse;
import dk.kk.boligsocial.funding.domain.BudgetLine;
import dk.kk.boligsocial.funding.domain.CoFinancingRule;
import dk.kk.boligsocial.funding.domain.Disbursement;
import dk.kk.boligsocial.funding.domain.DisbursementStatus;
import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.LedgerKind;
import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.funding.domain.PlanPosition;
import dk.kk.boligsocial.funding.domain.RefusalReason;
import dk.kk.boligsocial.funding.domain.Pool;
import dk.kk.boligsocial.funding.domain.YearHolding;
import dk.kk.boligsocial.kit.api.MoneyValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Entities and ledger sums into the HTTP responses; nothing here touches the database. */
final class FundingResponses {

    private FundingResponses() {
    }

    static PoolResponse pool(Pool pool, CoFinancingRule rule, List<YearHolding> holdings) {
        Map<Integer, YearHolding> byYear = new TreeMap<>();
        holdings.forEach(h -> byYear.put(h.year(), h));
        TreeSet<Integer> years = new TreeSet<>(byYear.keySet());
        pool.years().forEach(y -> years.add(y.year()));
        List<PoolResponse.YearFigures> figures = new ArrayList<>();
        for (int year : years) {
            YearHolding h = byYear.getOrDefault(year,
                    new YearHolding(year, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            BigDecimal capacity = pool.capacityIn(year).orElse(null);
            figures.add(new PoolResponse.YearFigures(year, capacity == null ? null : money(capacity),
                    money(h.reserved()), money(h.committed()), money(h.disbursed()),
                    capacity == null ? null : money(capacity.subtract(h.held()))));
        }
        BigDecimal reserved = sum(holdings, YearHolding::reserved);
        BigDecimal committed = sum(holdings, YearHolding::committed);
        BigDecimal disbursed = sum(holdings, YearHolding::disbursed);
        BigDecimal held = reserved.add(committed);
        return new PoolResponse(pool.id(), pool.roundId(), pool.name(), money(pool.capacity()), money(reserved),
                money(committed), money(disbursed), money(pool.capacity().subtract(held)),
                held.divide(pool.capacity(), 4, RoundingMode.HALF_EVEN), figures, rules(rule), pool.version(),
                pool.createdAt());
    }

    private static PoolRequest.Rules rules(CoFinancingRule rule) {
        return new PoolRequest.Rules(rule.housingOrganisationMatchRatio(), rule.minimumLocalShare());
    }

    /** @param refusalReasons the plan's reasons as its reader may see them (see PlanFunding) */
    static PlanFundingResponse plan(PlanFunding plan, List<PlanPosition> positions, List<LedgerEntry> history,
            List<Disbursement> schedule, List<RefusalReason> refusalReasons) {
        List<BudgetLineValue> budget = plan.budget().stream()
                .sorted(Comparator.comparing(BudgetLine::source).thenComparingInt(BudgetLine::year))
                .map(l -> new BudgetLineValue(l.source(), l.year(), money(l.amount())))
                .toList();
        List<PlanFundingResponse.Position> lines = positions.stream()
                .map(p -> new PlanFundingResponse.Position(p.source(), p.year(), money(p.reserved()),
                        money(p.committed()), money(p.disbursed()), money(p.remaining())))
                .toList();
        PlanFundingResponse.Totals totals = new PlanFundingResponse.Totals(
                money(sum(positions, PlanPosition::reserved)), money(sum(positions, PlanPosition::committed)),
                money(sum(positions, PlanPosition::disbursed)), money(sum(positions, PlanPosition::remaining)),
                money(sum(history.stream().filter(e -> e.kind() == LedgerKind.COMMITMENT_RELEASE).toList(),
                        LedgerEntry::amount)));
        List<PlanFundingResponse.HistoryEntry> entries = history.stream()
                .map(e -> new PlanFundingResponse.HistoryEntry(e.id(), e.kind(), e.source(), e.year(),
                        money(e.amount()), e.causeType().name(), e.causeId(), e.reference(), e.recordedBy(),
                        e.recordedAt()))
                .toList();
        return new PlanFundingResponse(plan.planId(), plan.roundId(), plan.housingOrganisationId(), plan.title(),
                plan.state(), plan.committedWithoutReservation(), plan.budgetBasis(), budget, lines, totals,
                plan.ruleChecks(), refusalReasons, entries, schedule(schedule), plan.version(), plan.updatedAt());
    }

    /** The schedule summed by source and year, in the order of the positions (source name, year). */
    static List<PlanFundingResponse.ScheduleLine> schedule(List<Disbursement> schedule) {
        Map<String, List<Disbursement>> byKey = new TreeMap<>();
        schedule.forEach(d -> byKey.computeIfAbsent(d.source().name() + "/" + String.format("%04d", d.year()),
                k -> new ArrayList<>()).add(d));
        return byKey.values().stream().map(ds -> new PlanFundingResponse.ScheduleLine(ds.get(0).source(),
                ds.get(0).year(), money(amountIn(ds, DisbursementStatus.PLANNED)),
                money(amountIn(ds, DisbursementStatus.APPROVED)), money(amountIn(ds, DisbursementStatus.PAID))))
                .toList();
    }

    private static BigDecimal amountIn(List<Disbursement> schedule, DisbursementStatus status) {
        return sum(schedule.stream().filter(d -> d.status() == status).toList(), Disbursement::amount);
    }

    static DisbursementResponse disbursement(Disbursement d, BigDecimal remaining) {
        return new DisbursementResponse(d.id(), d.planId(), d.source(), d.year(), money(d.amount()), d.reference(),
                money(remaining), d.paidBy(), d.paidAt(), d.status(), d.plannedBy(), d.plannedAt(), d.approvedBy(),
                d.approvedOn(), d.approvedAt(), d.valueDate(), d.correctionReason(), d.correctionEntryId(),
                d.correctedBy(), d.correctedAt());
    }

    static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static MoneyValue money(BigDecimal amount) {
        return MoneyValue.dkk(amount);
    }
}
