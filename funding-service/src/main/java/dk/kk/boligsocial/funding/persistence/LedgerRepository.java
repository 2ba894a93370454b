package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.PlanPosition;
import dk.kk.boligsocial.funding.domain.YearHolding;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import dk.kk.boligsocial.events.ledger.LedgerChainEntry;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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

    private static final String CHAIN_COLUMNS = "chain_position, id, round_id, plan_id, pool_id, kind, source, year,"
            + " amount, cause_type, cause_id, reference, recorded_by, recorded_at, effective_on, previous_hash, hash";

    /** The round's whole chain, in chain order, as stored (for the proof, which recomputes it). */
    public List<LedgerChainEntry> chain(String roundId) {
        return chainRows(getEntityManager().createNativeQuery("SELECT " + CHAIN_COLUMNS
                        + " FROM ledger_entry WHERE round_id = ?1 ORDER BY chain_position")
                .setParameter(1, roundId)
                .getResultList());
    }

    /** Up to {@code limit} entries of the round's chain after the entry {@code afterId} (from the first if null). */
    public List<LedgerChainEntry> chainPage(String roundId, UUID afterId, int limit) {
        return chainRows(getEntityManager().createNativeQuery("SELECT " + CHAIN_COLUMNS
                        + " FROM ledger_entry WHERE round_id = ?1 AND chain_position > coalesce((SELECT chain_position"
                        + " FROM ledger_entry WHERE id = ?2 AND round_id = ?1), 0) ORDER BY chain_position LIMIT ?3")
                .setParameter(1, roundId)
                .setParameter(2, afterId == null ? new UUID(0, 0) : afterId)
                .setParameter(3, limit)
                .getResultList());
    }

    /** The hash of the round's last entry, as written in this transaction; empty before its first entry. */
    public Optional<String> chainHead(String roundId) {
        List<?> heads = getEntityManager().createNativeQuery("SELECT head FROM ledger_chain WHERE round_id = ?1")
                .setParameter(1, roundId)
                .getResultList();
        return heads.stream().map(Object::toString).findFirst();
    }

    private static List<LedgerChainEntry> chainRows(List<?> rows) {
        return rows.stream().map(r -> (Object[]) r).map(r -> new LedgerChainEntry(((Number) r[0]).longValue(),
                (UUID) r[1], (String) r[2], (UUID) r[3], (UUID) r[4], (String) r[5], (String) r[6],
                ((Number) r[7]).intValue(), money(r[8]), (String) r[9], (String) r[10], (String) r[11],
                (String) r[12], instant(r[13]), date(r[14]), r[15].toString(), r[16].toString())).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }

    static BigDecimal money(Object value) {
        return ((BigDecimal) value).setScale(2);
    }
}
