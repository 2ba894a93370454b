package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /**
     * Loads a plan to change it, holding its row lock until commit: concurrent decisions on one
     * plan queue up, and the second sees the first one's version (and gets 412), instead of both
     * passing the If-Match check.
     */
    public Optional<Plan> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Plan> page(KeysetQuery query) {
        return query.apply(this::find);
    }
}
