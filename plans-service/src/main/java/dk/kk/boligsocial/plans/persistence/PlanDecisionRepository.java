package dk.kk.boligsocial.plans.persistence;

import dk.kk.boligsocial.plans.domain.PlanDecision;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanDecisionRepository implements PanacheRepositoryBase<PlanDecision, UUID> {

    public List<PlanDecision> history(UUID planId, KeysetQuery query) {
        return query.where("planId = :planId", "planId", planId).apply(this::find);
    }
}
