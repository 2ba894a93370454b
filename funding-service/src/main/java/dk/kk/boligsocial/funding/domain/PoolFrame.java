package dk.kk.boligsocial.funding.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capacities a round event asks of its pool, reconciled with what the pool already holds: a year's capacity is
 * never set below what is reserved and committed in that year (the pool invariant, which the ledger trigger would
 * otherwise only check at the next booking), and a year that holds money is never dropped. Such a year keeps its old
 * capacity and is named in {@link #refused()}; every other year is as the round says.
 *
 * @param years   the capacities to keep, ordered by year; the pool's capacity is their sum
 * @param refused the years whose requested capacity was refused, with what was asked and what is held
 */
public record PoolFrame(List<PoolYear> years, List<Refusal> refused) {

    /** A year's requested capacity that the pool's holdings do not allow (requested null: the year was dropped). */
    public record Refusal(int year, BigDecimal requested, BigDecimal kept, BigDecimal held) {
    }

    public static PoolFrame reconcile(List<PoolYear> current, Map<Integer, BigDecimal> heldByYear,
            List<PoolYear> requested) {
        Map<Integer, BigDecimal> result = new TreeMap<>();
        requested.forEach(y -> result.put(y.year(), y.capacity()));
        List<Refusal> refused = new ArrayList<>();
        for (PoolYear now : current) {
            BigDecimal held = heldByYear.getOrDefault(now.year(), BigDecimal.ZERO);
            BigDecimal asked = result.get(now.year());
            boolean tooLow = asked == null ? held.signum() > 0 : asked.compareTo(held) < 0;
            if (tooLow) {
                refused.add(new Refusal(now.year(), asked, now.capacity(), held));
                result.put(now.year(), now.capacity());
            }
        }
        return new PoolFrame(result.entrySet().stream().map(e -> new PoolYear(e.getKey(), e.getValue())).toList(),
                List.copyOf(refused));
    }

    public BigDecimal capacity() {
        return years.stream().map(PoolYear::capacity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
