package dk.kk.boligsocial.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The co-financing rules of one round, as data; a null parameter switches its rule off. */
@Entity
@Table(name = "co_financing_rule")
public class CoFinancingRule {

    @Id
    @Column(name = "round_id")
    private String roundId;
    @Column(name = "housing_organisation_match_ratio", precision = 7, scale = 4)
    private BigDecimal housingOrganisationMatchRatio;
    @Column(name = "minimum_local_share", precision = 5, scale = 4)
    private BigDecimal minimumLocalShare;

    protected CoFinancingRule() {
    }

    public CoFinancingRule(String roundId, BigDecimal housingOrganisationMatchRatio, BigDecimal minimumLocalShare) {
        this.roundId = roundId;
        this.housingOrganisationMatchRatio = housingOrganisationMatchRatio;
        this.minimumLocalShare = minimumLocalShare;
    }

    /** No rule at all: for rounds nobody configured. */
    public static CoFinancingRule none(String roundId) {
        return new CoFinancingRule(roundId, null, null);
    }

    public String roundId() {
        return roundId;
    }

    public BigDecimal housingOrganisationMatchRatio() {
        return housingOrganisationMatchRatio;
    }

    public BigDecimal minimumLocalShare() {
        return minimumLocalShare;
    }
}
