package dk.kk.boligsocial.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A rule check as kept with the plan, so the plan's page shows why its money was reserved or refused. */
@Embeddable
public class StoredRuleCheck {

    private String rule;
    private String description;
    @Enumerated(EnumType.STRING)
    private RuleCheck.RuleUnit unit;
    @Column(precision = 19, scale = 6)
    private BigDecimal expected;
    @Column(precision = 19, scale = 6)
    private BigDecimal actual;
    @Enumerated(EnumType.STRING)
    private RuleCheck.RuleOutcome outcome;

    protected StoredRuleCheck() {
    }

    public StoredRuleCheck(RuleCheck check) {
        this.rule = check.rule();
        this.description = check.description();
        this.unit = check.unit();
        this.expected = check.expected();
        this.actual = check.actual();
        this.outcome = check.outcome();
    }

    /** The check as it was made: the column keeps 6 decimals, the check had 2 (DKK) or 4 (a share). */
    public RuleCheck toCheck() {
        int scale = unit == RuleCheck.RuleUnit.DKK ? 2 : 4;
        return new RuleCheck(rule, description, unit, expected.setScale(scale, RoundingMode.HALF_EVEN),
                actual.setScale(scale, RoundingMode.HALF_EVEN), outcome);
    }
}
