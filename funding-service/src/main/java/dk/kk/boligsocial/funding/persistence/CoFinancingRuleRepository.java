package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.CoFinancingRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CoFinancingRuleRepository implements PanacheRepositoryBase<CoFinancingRule, String> {

    public CoFinancingRule forRound(String roundId) {
        CoFinancingRule rule = findById(roundId);
        return rule == null ? CoFinancingRule.none(roundId) : rule;
    }
}
