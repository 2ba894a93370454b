package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanFundingRepository implements PanacheRepositoryBase<PlanFunding, UUID> {

    /** The plan with its row lock: disbursements of one plan are checked against its commitments one at a time. */
    public Optional<PlanFunding> findForUpdate(UUID planId) {
        return findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The plans with their row locks, in one statement (in key order, so two such lockers cannot deadlock); the
     * decision code's {@link #findForUpdate} finds them in the session, locked, without another statement.
     */
    public List<PlanFunding> lockAll(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return find("planId in ?1 order by planId", planIds).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * From now until the transaction ends, changes reach the database when {@link #flush()} is called or at commit,
     * not before every query: Hibernate otherwise checks every entity it holds before each query (a native one
     * flushes everything), which was a third of a what-if simulation's time. For a transaction whose code flushes
     * after each booking, before anything reads what it booked, as the decision code does.
     */
    public void flushOnlyWhenAsked() {
        getEntityManager().setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * A round's plans by (createdAt, planId) after the cursor, one more than the limit (so the caller knows if a
     * page follows). Written out rather than with KeysetQuery, whose keyset names the identifier {@code id}.
     */
    public List<PlanFunding> page(String roundId, PageRequest page) {
        Parameters parameters = Parameters.with("roundId", roundId);
        String where = "roundId = :roundId";
        Cursor after = page.after().orElse(null);
        if (after != null) {
            where += " and (createdAt > :afterTime or (createdAt = :afterTime and planId > :afterId))";
            parameters.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return find(where + " order by createdAt, planId", parameters).page(0, page.limit() + 1).list();
    }
}
