package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.PlanFunding;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanFundingRepository implements PanacheRepositoryBase<PlanFunding, UUID> {

    /** The plan with its row lock: disbursements of one plan are checked against its commitments one at a time. */
    public Optional<PlanFunding> findForUpdate(UUID planId) {
        return findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE);
    }
}
