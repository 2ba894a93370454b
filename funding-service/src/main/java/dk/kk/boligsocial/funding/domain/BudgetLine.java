package dk.kk.boligsocial.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** One source's money in one year of a plan's budget, requested or granted. */
@Embeddable
public class BudgetLine {

    @Enumerated(EnumType.STRING)
    private BudgetSource source;
    @Column(name = "year")
    private int year;
    @Column(precision = 15, scale = 2)
    private BigDecimal amount;

    protected BudgetLine() {
    }

    public BudgetLine(BudgetSource source, int year, BigDecimal amount) {
        this.source = source;
        this.year = year;
        this.amount = amount;
    }

    /** The municipality's lines, by year: what the pool is asked to carry. */
    public static List<BudgetLine> municipal(List<BudgetLine> budget) {
        return budget.stream().filter(l -> l.source() == BudgetSource.MUNICIPALITY)
                .sorted(Comparator.comparingInt(BudgetLine::year)).toList();
    }

    public static BigDecimal sum(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal sum(List<BudgetLine> lines, BudgetSource source) {
        return sum(lines.stream().filter(l -> l.source() == source).toList());
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
