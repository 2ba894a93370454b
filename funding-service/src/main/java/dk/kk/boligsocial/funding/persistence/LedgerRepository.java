package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.PlanPosition;
import dk.kk.boligsocial.funding.domain.YearHolding;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The append-only ledger. The pool's and round's figures are read from the running sums the ledger's trigger keeps
 * ({@code pool_ledger_sum}, {@code round_ledger_sum}); a plan's are summed from its own few entries.
 */
@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    static final String SUMS = """
            coalesce(sum(CASE kind WHEN 'RESERVATION' THEN amount WHEN 'RELEASE' THEN -amount ELSE 0 END), 0),
            coalesce(sum(CASE kind WHEN 'COMMITMENT' THEN amount WHEN 'COMMITMENT_RELEASE' THEN -amount ELSE 0 END), 0),
            coalesce(sum(CASE kind WHEN 'DISBURSEMENT' THEN amount WHEN 'DISBURSEMENT_REVERSAL' THEN -amount ELSE 0 END), 0)""";

    /** What a pool holds, year by year (a row per year that has ever had an entry). */
    public List<YearHolding> poolHoldings(UUID poolId) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT year, reserved, committed, disbursed"
                        + " FROM pool_ledger_sum WHERE pool_id = ?1 ORDER BY year")
                .setParameter(1, poolId)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new YearHolding(((Number) r[0]).intValue(), money(r[1]), money(r[2]), money(r[3])))
                .toList();
    }

    /** A plan's sums for one source and year, if it has entries there. */
    public PlanPosition position(UUID planId, BudgetSource source, int year) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("SELECT " + SUMS
                        + " FROM ledger_entry WHERE plan_id = ?1 AND source = ?2 AND year = ?3")
                .setParameter(1, planId)
                .setParameter(2, source.name())
                .setParameter(3, year)
                .getSingleResult();
        return new PlanPosition(source, year, money(row[0]), money(row[1]), money(row[2]));
    }

    /** Every entry of the plan, oldest first ({@link LedgerEntry#HISTORY_ORDER}). */
    public List<LedgerEntry> history(UUID planId) {
        return list("planId = ?1 order by recordedAt, id", planId);
    }

    static BigDecimal money(Object value) {
        return ((BigDecimal) value).setScale(2);
    }
}
