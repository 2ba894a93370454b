package dk.kk.boligsocial.funding.domain;

import dk.kk.boligsocial.events.common.BudgetSource;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One source's money in one year of a plan's budget. */
@Embeddable
public class PlanBudgetLine {

    @Enumerated(EnumType.STRING)
    private BudgetSource source;
    @Column(name = "year")
    private int year;
    @Column(precision = 15, scale = 2)
    private BigDecimal amount;

    protected PlanBudgetLine() {
    }

    public PlanBudgetLine(BudgetSource source, int year, BigDecimal amount) {
        this.source = source;
        this.year = year;
        this.amount = amount;
    }

    public BudgetSource source() {
        return source;
    }

    public int year() {
        return year;
    }

    public BigDecimal amount() {
        return amount;
    }
}
