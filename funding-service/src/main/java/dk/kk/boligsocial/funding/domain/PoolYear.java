package dk.kk.boligsocial.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A pool's capacity for one calendar year. */
@Embeddable
public class PoolYear {

    @Column(name = "year")
    private int year;
    @Column(precision = 15, scale = 2)
    private BigDecimal capacity;

    protected PoolYear() {
    }

    public PoolYear(int year, BigDecimal capacity) {
        this.year = year;
        this.capacity = capacity;
    }

    public int year() {
        return year;
    }

    public BigDecimal capacity() {
        return capacity;
    }
}
