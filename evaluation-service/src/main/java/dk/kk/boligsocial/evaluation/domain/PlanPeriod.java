package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A reporting period of a plan: one calendar year cut to the plan period, due on a date (its round's rule, or moved
 * by the municipality for this plan). A locked period is closed for reporting.
 */
@Entity
@Table(name = "reporting_period")
public class PlanPeriod {

    public static final String RESOURCE = "reporting period of the plan";

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
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "due_on_set_by")
    private String dueOnSetBy;
    @Version
    private long version;

    protected PlanPeriod() {
    }

    public PlanPeriod(UUID planId, int year, LocalDate startsOn, LocalDate endsOn) {
        this(planId, year, startsOn, endsOn, DueRule.DEFAULT.dueOn(year));
    }

    public PlanPeriod(UUID planId, int year, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.year = year;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.dueOn = dueOn;
    }

    /**
     * Moves the period's due date for this plan, e.g. a later date agreed with the housing organisation. Allowed
     * while the period is open: a locked period's figures are final.
     *
     * @throws ConflictException (409) while the period is locked
     */
    public void moveDue(LocalDate dueOn, String actor) {
        requireOpen();
        this.dueOn = dueOn;
        this.dueOnSetBy = actor;
    }

    /**
     * Closes the period, e.g. once the year's figures are approved.
     *
     * @return the record of who locked it and when, kept for everyone to see
     * @throws ConflictException (409) if it is locked already
     */
    public PeriodLockChange lock(String actor, UUID actorOrganisationId, Instant now) {
        return changeLock(true, actor, actorOrganisationId, now);
    }

    /**
     * Opens the period again, e.g. to correct a figure.
     *
     * @throws ConflictException (409) if it is not locked
     */
    public PeriodLockChange unlock(String actor, UUID actorOrganisationId, Instant now) {
        return changeLock(false, actor, actorOrganisationId, now);
    }

    /** A locked period takes no new measurements, reviews or targets until the municipality unlocks it. */
    public void requireOpen() {
        if (locked) {
            throw new ConflictException("The reporting period " + year + " is locked; the municipality must"
                    + " unlock it first.", Map.of("year", year, "locked", true));
        }
    }

    // A second lock (or unlock) is refused rather than ignored, so that a client learns that someone else changed
    // the period meanwhile.
    private PeriodLockChange changeLock(boolean lock, String actor, UUID actorOrganisationId, Instant now) {
        if (locked == lock) {
            throw new ConflictException("The period " + year + " is already " + (lock ? "locked" : "unlocked") + ".",
                    Map.of("locked", locked));
        }
        locked = lock;
        return new PeriodLockChange(id, lock ? PeriodLockChange.Action.LOCKED : PeriodLockChange.Action.UNLOCKED,
                actor, actorOrganisationId, now);
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

    public LocalDate dueOn() {
        return dueOn;
    }

    public String dueOnSetBy() {
        return dueOnSetBy;
    }

    public boolean locked() {
        return locked;
    }

    public long version() {
        return version;
    }
}
