package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.funding.domain.Remedy.RemedyCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For a booking the rules or the pool refuse, the smallest change that would make each failed check pass, from the
 * same figures the check used ({@link CoFinancingRules}, {@link PoolCheck}): e.g. the housing organisation's money
 * needed for the match rule (municipal × ratio, as the rule rounds it), or the years with room for what a full year
 * cannot carry. Each remedy alone fixes its check; a refusal for several reasons needs one remedy per reason.
 */
public final class Remedies {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Remedies() {
    }

    /**
     * @param pool     the round's pool, or {@code null} (then only the rules are remedied)
     * @param holdings what the pool holds, per year, before the booking
     * @param giveBack what the booking releases first (the plan's own reservation at a grant or revision)
     */
    public static List<Remedy> of(Pool pool, CoFinancingRule rule, List<YearHolding> holdings,
            Map<Integer, BigDecimal> giveBack, List<BudgetLine> budget) {
        List<Remedy> remedies = new ArrayList<>(forRules(rule, budget));
        if (pool != null) {
            remedies.addAll(forPool(pool, holdings, giveBack, BudgetLine.municipal(budget)));
        }
        return remedies;
    }

    static List<Remedy> forRules(CoFinancingRule rule, List<BudgetLine> budget) {
        List<Remedy> remedies = new ArrayList<>();
        BigDecimal municipal = BudgetLine.sum(budget, BudgetSource.MUNICIPALITY);
        BigDecimal housing = BudgetLine.sum(budget, BudgetSource.HOUSING_ORGANISATION);
        BigDecimal ratio = rule.housingOrganisationMatchRatio();
        if (ratio != null) {
            BigDecimal needed = municipal.multiply(ratio).setScale(2, RoundingMode.UP);
            if (housing.compareTo(needed) < 0) {
                StringBuilder perYear = new StringBuilder();
                for (BudgetLine line : BudgetLine.municipal(budget)) {
                    perYear.append(perYear.isEmpty() ? "" : ", ").append(line.year()).append(": ")
                            .append(line.amount().multiply(ratio).setScale(2, RoundingMode.UP).toPlainString());
                }
                remedies.add(new Remedy(RemedyCode.RAISE_HOUSING_ORGANISATION, "The housing organisation co-finances "
                        + needed.subtract(housing).toPlainString() + " more: at least " + needed.toPlainString()
                        + " in all (municipal " + municipal.toPlainString() + " × " + plain(ratio) + "), e.g. per year "
                        + perYear, null, needed.subtract(housing)));
                if (ratio.signum() > 0) {
                    BigDecimal most = housing.divide(ratio, 2, RoundingMode.DOWN);
                    remedies.add(new Remedy(RemedyCode.LOWER_MUNICIPALITY, "Or the municipality co-finances "
                            + municipal.subtract(most).toPlainString() + " less: at most " + most.toPlainString()
                            + " in all (housing organisation " + housing.toPlainString() + " ÷ " + plain(ratio) + ")",
                            null, municipal.subtract(most)));
                }
            }
        }
        BigDecimal share = rule.minimumLocalShare();
        if (share != null && share.compareTo(BigDecimal.ONE) < 0) {
            BigDecimal total = BudgetLine.sum(budget);
            BigDecimal local = total.subtract(BudgetLine.sum(budget, BudgetSource.LBF));
            if (local.compareTo(total.multiply(share)) < 0) {
                // (local + x) >= share × (total + x)  <=>  x >= (share × total - local) / (1 - share)
                BigDecimal more = total.multiply(share).subtract(local)
                        .divide(BigDecimal.ONE.subtract(share), 2, RoundingMode.UP);
                remedies.add(new Remedy(RemedyCode.RAISE_LOCAL_CO_FINANCING, "Local co-financing (all but LBF) "
                        + more.toPlainString() + " more, to reach " + share.movePointRight(2).stripTrailingZeros()
                        .toPlainString() + " % of the plan total", null, more));
            }
        }
        return remedies;
    }

    static List<Remedy> forPool(Pool pool, List<YearHolding> holdings, Map<Integer, BigDecimal> giveBack,
            List<BudgetLine> requested) {
        List<Remedy> remedies = new ArrayList<>();
        Map<Integer, BigDecimal> held = new HashMap<>();
        holdings.forEach(h -> held.put(h.year(), h.held()));
        giveBack.forEach((year, amount) -> held.merge(year, amount.negate(), BigDecimal::add));
        Map<Integer, BigDecimal> room = new HashMap<>();
        pool.years().forEach(y -> room.put(y.year(),
                y.capacity().subtract(held.getOrDefault(y.year(), BigDecimal.ZERO)).max(ZERO)));
        if (pool.hasYearCapacities()) {
            // the room the other requested years leave once their own requests are booked
            Map<Integer, BigDecimal> left = new HashMap<>(room);
            requested.forEach(l -> left.computeIfPresent(l.year(), (y, r) -> r.subtract(l.amount()).max(ZERO)));
            for (BudgetLine line : requested) {
                Optional<BigDecimal> capacity = pool.capacityIn(line.year());
                BigDecimal available = capacity.isPresent() ? room.get(line.year()) : ZERO;
                if (line.amount().compareTo(available) <= 0) {
                    continue;
                }
                BigDecimal excess = line.amount().subtract(available);
                if (capacity.isPresent()) {
                    remedies.add(new Remedy(RemedyCode.LOWER_YEAR, line.year() + ": " + excess.toPlainString()
                            + " less, at most " + available.toPlainString() + " (what the year has left)",
                            line.year(), excess));
                    remedies.add(new Remedy(RemedyCode.RAISE_CAPACITY, line.year() + ": the year's capacity "
                            + excess.toPlainString() + " higher, " + capacity.get().add(excess).toPlainString(),
                            line.year(), excess));
                }
                left.entrySet().stream().filter(e -> e.getKey() != line.year())
                        .filter(e -> e.getValue().compareTo(excess) >= 0)
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> remedies.add(new Remedy(RemedyCode.MOVE_TO_YEAR, excess.toPlainString()
                                + " of " + line.year() + " moved to " + e.getKey() + ", which has "
                                + e.getValue().toPlainString() + " left", e.getKey(), excess)));
            }
        }
        BigDecimal heldTotal = held.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal available = pool.capacity().subtract(heldTotal).max(ZERO);
        BigDecimal requestedTotal = BudgetLine.sum(requested);
        if (requestedTotal.compareTo(available) > 0) {
            BigDecimal excess = requestedTotal.subtract(available);
            remedies.add(new Remedy(RemedyCode.LOWER_MUNICIPALITY, "The municipal co-financing "
                    + excess.toPlainString() + " lower in all, at most " + available.toPlainString()
                    + " (what the pool has left)", null, excess));
            remedies.add(new Remedy(RemedyCode.RAISE_CAPACITY, "The pool's capacity " + excess.toPlainString()
                    + " higher, " + pool.capacity().add(excess).toPlainString(), null, excess));
        }
        return remedies;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
