package dk.kk.boligsocial.funding.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A plan's ledger sums for one source and year. */
public record PlanPosition(BudgetSource source, int year, BigDecimal reserved, BigDecimal committed,
                           BigDecimal disbursed) {

    public BigDecimal remaining() {
        return committed.subtract(disbursed);
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
