package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A period's target for one value of a dimension, e.g. 20 of the target's 50 young people in leisure jobs are girls. */
@Embeddable
public class TargetPart {

    private int year;
    @Enumerated(EnumType.STRING)
    private Dimension dimension;
    @Column(name = "dimension_value")
    private String dimensionValue;
    @Column(name = "target_value", precision = 15, scale = 2)
    private BigDecimal value;

    protected TargetPart() {
    }

    public TargetPart(int year, Dimension dimension, String dimensionValue, BigDecimal value) {
        this.year = year;
        this.dimension = dimension;
        this.dimensionValue = dimensionValue;
        this.value = value;
    }

    public int year() {
        return year;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String dimensionValue() {
        return dimensionValue;
    }

    public BigDecimal value() {
        return value;
    }
}
