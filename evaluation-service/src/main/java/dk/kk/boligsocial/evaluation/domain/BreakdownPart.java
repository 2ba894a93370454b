package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * A value's part for one value of a dimension, e.g. the 13-17-year-olds of a count; a RATIO's part carries its
 * numerator and denominator too.
 */
@Embeddable
public class BreakdownPart {

    @Enumerated(EnumType.STRING)
    private Dimension dimension;
    @Column(name = "dimension_value")
    private String dimensionValue;
    @Column(precision = 15, scale = 2)
    private BigDecimal amount;
    @Column(precision = 15, scale = 2)
    private BigDecimal numerator;
    @Column(precision = 15, scale = 2)
    private BigDecimal denominator;

    protected BreakdownPart() {
    }

    public BreakdownPart(Dimension dimension, String dimensionValue, BigDecimal amount, BigDecimal numerator,
            BigDecimal denominator) {
        this.dimension = dimension;
        this.dimensionValue = dimensionValue;
        this.amount = amount;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String dimensionValue() {
        return dimensionValue;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal numerator() {
        return numerator;
    }

    public BigDecimal denominator() {
        return denominator;
    }
}
