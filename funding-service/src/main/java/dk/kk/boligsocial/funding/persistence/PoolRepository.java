package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.Pool;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PoolRepository implements PanacheRepositoryBase<Pool, UUID> {

    private static final String LOCKED = PoolRepository.class.getName() + ".locked:";

    private final TransactionSynchronizationRegistry transaction;

    public PoolRepository(TransactionSynchronizationRegistry transaction) {
        this.transaction = transaction;
    }

    /**
     * Serialises the creation of a round's pool until the transaction ends, so that of two
     * concurrent creations the second sees the first's pool (409) instead of failing on the
     * unique constraint at commit (500).
     */
    public void lockRoundForPoolCreation(String roundId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS held")
                .setParameter(1, "funding.pool:" + roundId)
                .getSingleResult();
    }

    public Optional<Pool> findByRound(String roundId) {
        return find("roundId", roundId).firstResultOptional();
    }

    /**
     * The round's pool with its row lock held until commit: every booking against the pool happens under this lock,
     * so the sums it checks cannot change underneath it. NO KEY UPDATE, as the ledger trigger takes it (see V1).
     * Written out as SQL so that the lock clause is exactly the trigger's, whatever the dialect makes of a lock mode.
     * Once locked, the pool is the transaction's until it ends: a second call in the same transaction (a what-if
     * simulation books twenty changes under one lock) returns the pool it holds without asking the database again,
     * which could tell it nothing new (the row is locked, and the session would keep its own copy of the entity).
     */
    public Optional<Pool> lockByRound(String roundId) {
        Pool held = heldByThisTransaction(roundId);
        if (held != null) {
            return Optional.of(held);
        }
        List<?> pools = getEntityManager()
                .createNativeQuery("SELECT * FROM pool WHERE round_id = ?1 FOR NO KEY UPDATE", Pool.class)
                .setParameter(1, roundId)
                .getResultList();
        return pools.stream().map(Pool.class::cast).findFirst().map(this::held);
    }

    /** The pool with its row lock held until commit (or rollback), as {@link #lockByRound} by id. */
    public Optional<Pool> lockById(UUID id) {
        List<?> pools = getEntityManager()
                .createNativeQuery("SELECT * FROM pool WHERE id = ?1 FOR NO KEY UPDATE", Pool.class)
                .setParameter(1, id)
                .getResultList();
        return pools.stream().map(Pool.class::cast).findFirst().map(this::held);
    }

    private Pool heldByThisTransaction(String roundId) {
        if (transaction.getTransactionKey() == null) {
            return null;
        }
        Pool held = (Pool) transaction.getResource(LOCKED + roundId);
        return held != null && getEntityManager().contains(held) ? held : null;
    }

    private Pool held(Pool pool) {
        if (transaction.getTransactionKey() != null) {
            transaction.putResource(LOCKED + pool.roundId(), pool);
        }
        return pool;
    }

    /**
     * Sets a year's capacity (adding the year if the pool had none for it) and reloads the pool, so that the code
     * reading it next sees the new capacity. For a what-if simulation, whose transaction is rolled back.
     */
    public void setYearCapacity(Pool pool, int year, BigDecimal capacity) {
        getEntityManager().createNativeQuery("INSERT INTO pool_year (pool_id, year, capacity) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (pool_id, year) DO UPDATE SET capacity = excluded.capacity")
                .setParameter(1, pool.id())
                .setParameter(2, year)
                .setParameter(3, capacity)
                .executeUpdate();
        getEntityManager().refresh(pool);
    }

    /** Sets the pool's total capacity and reloads it; as {@link #setYearCapacity}, for a simulation. */
    public void setCapacity(Pool pool, BigDecimal capacity) {
        getEntityManager().createNativeQuery("UPDATE pool SET capacity = ?2 WHERE id = ?1")
                .setParameter(1, pool.id())
                .setParameter(2, capacity)
                .executeUpdate();
        getEntityManager().refresh(pool);
    }

    public List<Pool> page(KeysetQuery query) {
        return query.apply(this::find);
    }
}
