package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.PlanMoneyTransaction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanMoneyTransactionRepository implements PanacheRepositoryBase<PlanMoneyTransaction, UUID> {

    /** The plan's lines in the order they happened (ties in the order recorded), as an export lists them. */
    public List<PlanMoneyTransaction> ofPlan(UUID planId) {
        return list("planId = ?1 order by occurredOn, recordedAt, year, source, amount desc", planId);
    }

    /** Empties the lines before a rebuild from the topic, with plan_money. */
    public void clear() {
        getEntityManager().createNativeQuery("delete from plan_money_transaction").executeUpdate();
    }
}
