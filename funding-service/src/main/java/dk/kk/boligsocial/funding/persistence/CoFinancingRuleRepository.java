package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.CoFinancingRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CoFinancingRuleRepository implements PanacheRepositoryBase<CoFinancingRule, String> {

    /** The round's rules; a round nobody configured has none (every rule switched off). */
    public CoFinancingRule forRound(String roundId) {
        CoFinancingRule rule = findById(roundId);
        return rule == null ? CoFinancingRule.none(roundId) : rule;
    }

    /** Sets the round's rules, replacing any it had. */
    public void put(CoFinancingRule rule) {
        getEntityManager().merge(rule);
    }
}
