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

    public Optional<PlanIndicator> find(UUID planId, UUID indicatorId) {
        return find("planId = ?1 and indicatorId = ?2", planId, indicatorId).firstResultOptional();
    }

    /** Locks the row until commit, so that concurrent updates with the same If-Match cannot both pass. */
    public Optional<PlanIndicator> findForUpdate(UUID planId, UUID indicatorId) {
        return find("planId = ?1 and indicatorId = ?2", planId, indicatorId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
