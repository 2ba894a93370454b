package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.domain.PlanVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanVersionRepository implements PanacheRepositoryBase<PlanVersion, UUID> {

    /** A page of a plan's stored versions, oldest first, with one row more than the page holds if another follows. */
    public List<PlanVersion> page(UUID planId, PageRequest page) {
        return KeysetQuery.by("recordedAt", page).where("planId = :planId", "planId", planId).apply(this::find);
    }

    /** Version {@code number} of the plan, if it is stored (a plan never revised stores none). */
    public Optional<PlanVersion> find(UUID planId, int number) {
        return find("planId = ?1 and number = ?2", planId, number).firstResultOptional();
    }
}
