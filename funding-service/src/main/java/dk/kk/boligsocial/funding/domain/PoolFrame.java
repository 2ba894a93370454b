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
 * @param refused   the years whose requested capacity was refused, with what was asked and what is held
 * @param unchanged the pool must stay as it is: it had no capacity of its own for a year the round would set below
 *                  what the pool holds there (a pool made with {@code POST /v1/pools} without years), so there is no
 *                  old capacity of that year to keep
 */
public record PoolFrame(List<PoolYear> years, List<Refusal> refused, boolean unchanged) {

    /** A year's requested capacity that the pool's holdings do not allow (requested null: the year was dropped). */
    public record Refusal(int year, BigDecimal requested, BigDecimal kept, BigDecimal held) {
    }

    /** The capacities to set, given the pool's current years, what it holds per year and what the round asks. */
    public static PoolFrame reconcile(List<PoolYear> current, Map<Integer, BigDecimal> heldByYear,
            List<PoolYear> requested) {
        Map<Integer, BigDecimal> result = new TreeMap<>();
        requested.forEach(y -> result.put(y.year(), y.capacity()));
        List<Refusal> refused = new ArrayList<>();
        Map<Integer, BigDecimal> before = new TreeMap<>();
        current.forEach(y -> before.put(y.year(), y.capacity()));
        boolean keepAll = false;
        for (Map.Entry<Integer, BigDecimal> holding : heldByYear.entrySet()) {
            int year = holding.getKey();
            BigDecimal held = holding.getValue();
            BigDecimal asked = result.get(year);
            boolean tooLow = asked == null ? held.signum() > 0 : asked.compareTo(held) < 0;
            if (!tooLow) {
                continue;
            }
            BigDecimal kept = before.get(year);
            refused.add(new Refusal(year, asked, kept, held));
            if (kept == null) {
                // a pool that counted this year against its total only: no capacity of the year to keep
                keepAll = true;
            } else {
                result.put(year, kept);
            }
        }
        if (keepAll) {
            return new PoolFrame(List.copyOf(current), List.copyOf(refused), true);
        }
        return new PoolFrame(result.entrySet().stream().map(e -> new PoolYear(e.getKey(), e.getValue())).toList(),
                List.copyOf(refused), false);
    }

    public BigDecimal capacity() {
        return years.stream().map(PoolYear::capacity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
