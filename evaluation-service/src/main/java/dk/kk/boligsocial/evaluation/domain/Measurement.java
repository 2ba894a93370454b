package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A value reported for a plan indicator and period, and the municipality's review of it. Only approved ones count. */
@Entity
@Table(name = "measurement")
public class Measurement {

    public static final String RESOURCE = "measurement";

    public enum Status { REPORTED, APPROVED, RETURNED }

    @Id
    private UUID id;
    @Column(name = "plan_indicator_id")
    private UUID planIndicatorId;
    @Column(name = "plan_id")
    private UUID planId;
    private int year;
    @Column(precision = 15, scale = 2)
    private BigDecimal value;
    private String note;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "reported_by_organisation")
    private UUID reportedByOrganisation;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_comment")
    private String reviewComment;
    @Version
    private long version;

    protected Measurement() {
    }

    public Measurement(PlanIndicator indicator, int year, BigDecimal value, String note, String reportedBy,
            UUID reportedByOrganisation, Instant now) {
        this.id = UUID.randomUUID();
        this.planIndicatorId = indicator.id();
        this.planId = indicator.planId();
        this.year = year;
        this.value = value;
        this.note = note;
        this.status = Status.REPORTED;
        this.reportedBy = reportedBy;
        this.reportedByOrganisation = reportedByOrganisation;
        this.reportedAt = now;
    }

    /**
     * The municipality accepts the value: it counts towards progress from now on.
     *
     * @throws ConflictException (409) if it has been reviewed already
     */
    public void approve(String comment, String reviewer, Instant now) {
        review(Status.APPROVED, comment, reviewer, now);
    }

    /**
     * The municipality sends the value back to whoever reported it; it never counts.
     *
     * @throws ConflictException (409) if it has been reviewed already
     */
    public void returnForCorrection(String comment, String reviewer, Instant now) {
        review(Status.RETURNED, comment, reviewer, now);
    }

    // One review per measurement: a correction is reported as a new measurement, so the history stays readable.
    private void review(Status outcome, String comment, String reviewer, Instant now) {
        if (status != Status.REPORTED) {
            throw new ConflictException("The measurement has been reviewed already: it is " + status + ".",
                    Map.of("currentStatus", status.name()));
        }
        this.status = outcome;
        this.reviewComment = comment;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID planIndicatorId() {
        return planIndicatorId;
    }

    public UUID planId() {
        return planId;
    }

    public int year() {
        return year;
    }

    public BigDecimal value() {
        return value;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public UUID reportedByOrganisation() {
        return reportedByOrganisation;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public long version() {
        return version;
    }
}
