package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.PlanMoney;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PlanMoneyRepository implements PanacheRepositoryBase<PlanMoney, UUID> {

    /** Empties the money side before a rebuild from the topic. */
    public void clear() {
        getEntityManager().createNativeQuery("delete from plan_money").executeUpdate();
        getEntityManager().clear();
    }
}
