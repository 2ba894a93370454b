package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.events.common.BudgetSource;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One line of a plan's budget request: what one source is asked to pay in one year. */
@Embeddable
public class RequestedAmount {

    @Enumerated(EnumType.STRING)
    private BudgetSource source;
    @Column(name = "year")
    private int year;
    @Column(precision = 15, scale = 2)
    private BigDecimal amount;

    protected RequestedAmount() {
    }

    public RequestedAmount(BudgetSource source, int year, BigDecimal amount) {
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
