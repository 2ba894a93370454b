package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanIndicatorRepository implements PanacheRepositoryBase<PlanIndicator, UUID> {

    public List<PlanIndicator> ofPlan(UUID planId) {
        return list("planId = ?1 order by position", planId);
    }

    /** The position after the plan's last indicator: an added one goes to the end of the framework. */
    public int nextPosition(UUID planId) {
        Integer last = getEntityManager().createQuery(
                        "select max(p.position) from PlanIndicator p where p.planId = ?1", Integer.class)
                .setParameter(1, planId).getSingleResult();
        return last == null ? 0 : last + 1;
    }

    public Optional<PlanIndicator> find(UUID planId, UUID indicatorId) {
        return find("planId = ?1 and indicatorId = ?2", planId, indicatorId).firstResultOptional();
    }

    /** Locks the row until commit, so that concurrent updates with the same If-Match cannot both pass. */
    public Optional<PlanIndicator> findForUpdate(UUID planId, UUID indicatorId) {
        return find("planId = ?1 and indicatorId = ?2", planId, indicatorId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
