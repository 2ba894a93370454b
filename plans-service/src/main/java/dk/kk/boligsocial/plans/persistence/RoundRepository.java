package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.plans.domain.Round;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<Round, String> {

    /** Rounds ordered by id, after the given id (keyset page); {@code limit + 1} rows tell if there is more. */
    public List<Round> page(String afterId, int limit) {
        return find("id > :after order by id", Parameters.with("after", afterId == null ? "" : afterId))
                .page(0, limit + 1).list();
    }

    /** The round with its row locked until commit: two revisions of one round run one after the other. */
    public Optional<Round> findForUpdate(String id) {
        return lockThenFind(id, "UPDATE");
    }

    /**
     * The round with its row share-locked until commit, for a plan written against it: a revision of the round (which
     * takes the row for update) waits until the plan is stored, so it sees the plan's themes in use, and a plan waits
     * for a revision in progress and is then checked against the revised round.
     */
    public Optional<Round> findForPlan(String id) {
        return lockThenFind(id, "SHARE");
    }

    /**
     * Locks the round's row, then reads the round with its themes: two statements. Not Hibernate's lock modes: a round
     * is read with its themes by an outer join PostgreSQL cannot lock, so Hibernate locks in a second step (follow-on
     * locking), and that step failed now and then under concurrent plan creations with a ConcurrentModificationException
     * in Hibernate's LockingHelper (a 500 seen in the side-by-side bench's POST run).
     */
    private Optional<Round> lockThenFind(String id, String strength) {
        boolean exists = !getEntityManager()
                .createNativeQuery("SELECT 1 FROM round WHERE id = ?1 FOR " + strength)
                .setParameter(1, id)
                .getResultList().isEmpty();
        return exists ? findByIdOptional(id) : Optional.empty();
    }

    /**
     * Serialises the creation of a round until the transaction ends, so that of two concurrent creations of one id
     * the second sees the first (409) instead of failing on the primary key at commit (500).
     */
    public void lockIdForCreation(String id) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS held")
                .setParameter(1, "plans.round:" + id)
                .getSingleResult();
    }

    /** The theme codes that at least one plan of the round has picked. */
    public Set<String> themesInUse(String roundId) {
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager()
                .createNativeQuery("SELECT DISTINCT unnest(themes) FROM plan WHERE round_id = ?1")
                .setParameter(1, roundId)
                .getResultList();
        return new TreeSet<>(codes);
    }

    public boolean hasPlans(String roundId) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM plan WHERE round_id = ?1 LIMIT 1")
                .setParameter(1, roundId)
                .getResultList().isEmpty();
    }
}
