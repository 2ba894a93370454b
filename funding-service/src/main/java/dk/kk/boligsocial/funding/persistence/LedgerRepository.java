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

/** The append-only ledger and the sums every figure of the service is computed from. */
@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    static final String SUMS = """
            coalesce(sum(CASE kind WHEN 'RESERVATION' THEN amount WHEN 'RELEASE' THEN -amount ELSE 0 END), 0),
            coalesce(sum(CASE kind WHEN 'COMMITMENT' THEN amount ELSE 0 END), 0),
            coalesce(sum(CASE kind WHEN 'DISBURSEMENT' THEN amount ELSE 0 END), 0)""";

    /** What a pool holds, year by year. */
    public List<YearHolding> poolHoldings(UUID poolId) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT year, " + SUMS
                        + " FROM ledger_entry WHERE pool_id = ?1 GROUP BY year ORDER BY year")
                .setParameter(1, poolId)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new YearHolding(((Number) r[0]).intValue(), money(r[1]), money(r[2]), money(r[3])))
                .toList();
    }

    /** A plan's sums by source and year. */
    public List<PlanPosition> positions(UUID planId) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT source, year, " + SUMS
                        + " FROM ledger_entry WHERE plan_id = ?1 GROUP BY source, year ORDER BY source, year")
                .setParameter(1, planId)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new PlanPosition(BudgetSource.valueOf((String) r[0]), ((Number) r[1]).intValue(),
                        money(r[2]), money(r[3]), money(r[4])))
                .toList();
    }

    public List<LedgerEntry> history(UUID planId) {
        return list("planId = ?1 order by recordedAt, id", planId);
    }

    public LedgerEntry disbursement(UUID planId, UUID id) {
        return find("id = ?1 and planId = ?2 and kind = dk.kk.boligsocial.funding.domain.LedgerKind.DISBURSEMENT",
                id, planId).firstResult();
    }

    static BigDecimal money(Object value) {
        return ((BigDecimal) value).setScale(2);
    }
}
