package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.PlanIndicatorDrop;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PlanIndicatorDropRepository implements PanacheRepositoryBase<PlanIndicatorDrop, UUID> {
}
