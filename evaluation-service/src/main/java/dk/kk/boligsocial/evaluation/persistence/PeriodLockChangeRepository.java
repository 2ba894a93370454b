package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.PeriodLockChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PeriodLockChangeRepository implements PanacheRepositoryBase<PeriodLockChange, UUID> {

    /** Every lock and unlock of the plan's reporting periods, oldest first. */
    public List<PeriodLockChange> ofPlan(UUID planId) {
        return getEntityManager().createQuery("select c from PeriodLockChange c where c.periodId in "
                        + "(select p.id from PlanPeriod p where p.planId = :plan) order by c.changedAt, c.id",
                        PeriodLockChange.class)
                .setParameter("plan", planId)
                .getResultList();
    }
}
