package dk.kk.boligsocial.funding.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A plan's ledger sums for one source and year; committed and disbursed are net of releases and reversals. */
public record PlanPosition(BudgetSource source, int year, BigDecimal reserved, BigDecimal committed,
                           BigDecimal disbursed) {

    public BigDecimal remaining() {
        return committed.subtract(disbursed);
    }

    /**
     * A plan's positions from its ledger entries: one per source and year that has entries, ordered by the source's
     * name and the year (as the ledger's {@code GROUP BY source, year ORDER BY source, year} gave them).
     */
    public static List<PlanPosition> of(List<LedgerEntry> entries) {
        Map<String, PlanPosition> byKey = new TreeMap<>();
        for (LedgerEntry e : entries) {
            BigDecimal amount = e.amount();
            BigDecimal reserved = switch (e.kind()) {
                case RESERVATION -> amount;
                case RELEASE -> amount.negate();
                default -> BigDecimal.ZERO;
            };
            BigDecimal committed = switch (e.kind()) {
                case COMMITMENT -> amount;
                case COMMITMENT_RELEASE -> amount.negate();
                default -> BigDecimal.ZERO;
            };
            BigDecimal disbursed = switch (e.kind()) {
                case DISBURSEMENT -> amount;
                case DISBURSEMENT_REVERSAL -> amount.negate();
                default -> BigDecimal.ZERO;
            };
            // the year zero-padded so that the key sorts as (source name, year)
            String key = e.source().name() + "/" + String.format("%04d", e.year());
            byKey.merge(key, new PlanPosition(e.source(), e.year(), reserved, committed, disbursed),
                    (a, b) -> new PlanPosition(a.source, a.year, a.reserved.add(b.reserved),
                            a.committed.add(b.committed), a.disbursed.add(b.disbursed)));
        }
        return byKey.values().stream()
                .map(p -> new PlanPosition(p.source, p.year, p.reserved.setScale(2), p.committed.setScale(2),
                        p.disbursed.setScale(2)))
                .sorted(Comparator.comparing((PlanPosition p) -> p.source.name()).thenComparingInt(PlanPosition::year))
                .toList();
    }

    /** What a plan holds reserved in the pool, by year: its municipal positions with money still reserved. */
    public static Map<Integer, BigDecimal> municipalReservation(List<PlanPosition> positions) {
        Map<Integer, BigDecimal> reserved = new TreeMap<>();
        positions.stream()
                .filter(p -> p.source() == BudgetSource.MUNICIPALITY && p.reserved().signum() > 0)
                .forEach(p -> reserved.put(p.year(), p.reserved()));
        return reserved;
    }
}
