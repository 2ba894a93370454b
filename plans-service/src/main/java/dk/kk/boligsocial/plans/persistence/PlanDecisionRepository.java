package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.domain.PlanDecision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanDecisionRepository implements PanacheRepositoryBase<PlanDecision, UUID> {

    /** A page of a plan's history, oldest first, with one row more than the page holds if another page follows. */
    public List<PlanDecision> history(UUID planId, PageRequest page) {
        return KeysetQuery.by("decidedAt", page).where("planId = :planId", "planId", planId).apply(this::find);
    }

    /** The entry of the plan's creation (its first), if the plan has one. */
    public Optional<PlanDecision> creationOf(UUID planId) {
        return find("planId = ?1 and decision = ?2", planId, PlanDecision.CREATION).firstResultOptional();
    }
}
