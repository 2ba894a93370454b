package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanPeriodRepository implements PanacheRepositoryBase<PlanPeriod, UUID> {

    public List<PlanPeriod> ofPlan(UUID planId) {
        return list("planId = ?1 order by year", planId);
    }

    /**
     * The period, locked for writing (to lock or unlock it) or for sharing (to report or review in it): a report
     * and a lock of the same period cannot interleave, so nothing slips into a period as it is being locked.
     */
    public Optional<PlanPeriod> find(UUID planId, int year, LockModeType lock) {
        return find("planId = ?1 and year = ?2", planId, year).withLock(lock).firstResultOptional();
    }
}
