package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.Disbursement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The plans' disbursement schedules; changed only under the plan's row lock (PlanFundingRepository#findForUpdate). */
@ApplicationScoped
public class DisbursementRepository implements PanacheRepositoryBase<Disbursement, UUID> {

    /** The plan's schedule, oldest first. */
    public List<Disbursement> ofPlan(UUID planId) {
        return list("planId = ?1 order by plannedAt, id", planId);
    }

    public Optional<Disbursement> ofPlan(UUID planId, UUID id) {
        return find("id = ?1 and planId = ?2", id, planId).firstResultOptional();
    }
}
