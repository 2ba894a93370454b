package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.funding.domain.RefusalReason.RefusalCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a pool can carry municipal co-financing on top of what it holds, total and year by year. Run under the
 * pool's row lock; the ledger trigger checks the same again when the entries are written.
 */
final class PoolCheck {

    private PoolCheck() {
    }

    /**
     * @param holdings  what the pool holds now, per year
     * @param giveBack  what the booking releases first (the plan's own reservation when it becomes a commitment)
     * @param requested the municipal lines to book
     * @return the reasons it cannot; empty if it can
     */
    static List<RefusalReason> refusals(Pool pool, List<YearHolding> holdings, Map<Integer, BigDecimal> giveBack,
            List<BudgetLine> requested) {
        List<RefusalReason> reasons = new ArrayList<>();
        Map<Integer, BigDecimal> held = new HashMap<>();
        holdings.forEach(h -> held.put(h.year(), h.held()));
        giveBack.forEach((year, amount) -> held.merge(year, amount.negate(), BigDecimal::add));
        BigDecimal heldTotal = held.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (pool.hasYearCapacities()) {
            for (BudgetLine line : requested) {
                Optional<BigDecimal> capacity = pool.capacityIn(line.year());
                if (capacity.isEmpty()) {
                    reasons.add(new RefusalReason(RefusalCode.YEAR_NOT_IN_POOL, line.year() + ": "
                            + line.amount().toPlainString() + " requested, but the pool has capacity only for "
                            + pool.years().stream().map(y -> String.valueOf(y.year())).toList()));
                    continue;
                }
                BigDecimal available = capacity.get().subtract(held.getOrDefault(line.year(), BigDecimal.ZERO));
                if (line.amount().compareTo(available) > 0) {
                    reasons.add(RefusalReason.yearExhausted(line.year(), line.amount(), available, capacity.get()));
                }
            }
        }
        BigDecimal requestedTotal = BudgetLine.sum(requested);
        BigDecimal available = pool.capacity().subtract(heldTotal);
        if (requestedTotal.compareTo(available) > 0) {
            reasons.add(RefusalReason.poolExhausted(requestedTotal, available, pool.capacity()));
        }
        return reasons;
    }
}
