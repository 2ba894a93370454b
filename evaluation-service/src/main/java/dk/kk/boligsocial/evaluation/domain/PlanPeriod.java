package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A reporting period of a plan: one calendar year cut to the plan period. A locked period is closed for reporting. */
@Entity
@Table(name = "reporting_period")
public class PlanPeriod {

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    private int year;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private boolean locked;
    @Version
    private long version;

    protected PlanPeriod() {
    }

    public PlanPeriod(UUID planId, int year, LocalDate startsOn, LocalDate endsOn) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.year = year;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public void lock() {
        this.locked = true;
    }

    public void unlock() {
        this.locked = false;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public int year() {
        return year;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public boolean locked() {
        return locked;
    }

    public long version() {
        return version;
    }
}
