package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A value for a plan indicator and period, and the municipality's review of it. Only approved ones count.
 *
 * <p>DRAFT (kept by its reporter, not yet for review) → REPORTED → APPROVED, or RETURNED → corrected and REPORTED
 * again. Four eyes: whoever created or reported the value may not approve it.
 */
@Entity
@Table(name = "measurement")
public class Measurement {

    public static final String RESOURCE = "measurement";

    public enum Status { DRAFT, REPORTED, APPROVED, RETURNED }

    /** The name of the four-eyes rule in the 409 problem ({@code rule}). */
    public static final String FOUR_EYES = "four-eyes";

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
    @Column(precision = 15, scale = 2)
    private BigDecimal numerator;
    @Column(precision = 15, scale = 2)
    private BigDecimal denominator;
    private String narrative;
    @ElementCollection
    @CollectionTable(name = "measurement_part", joinColumns = @JoinColumn(name = "measurement_id"))
    private List<BreakdownPart> breakdown = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "reported_by_organisation")
    private UUID reportedByOrganisation;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
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

    /** A new value without breakdown: a DRAFT if {@code draft}, otherwise REPORTED for review at once. */
    public Measurement(PlanIndicator indicator, int year, BigDecimal value, String note, boolean draft, String author,
            UUID authorOrganisation, Instant now) {
        this(indicator, year, new MeasurementContent(value, null, null, null, List.of()), note, draft, author,
                authorOrganisation, now);
    }

    /** A new value, ratio or narrative: a DRAFT if {@code draft}, otherwise REPORTED for review at once. */
    public Measurement(PlanIndicator indicator, int year, MeasurementContent content, String note, boolean draft,
            String author, UUID authorOrganisation, Instant now) {
        this.id = UUID.randomUUID();
        this.planIndicatorId = indicator.id();
        this.planId = indicator.planId();
        this.year = year;
        setContent(content);
        this.note = note;
        this.status = Status.DRAFT;
        this.createdBy = author;
        this.createdAt = now;
        this.reportedByOrganisation = authorOrganisation;
        if (!draft) {
            submit(author, authorOrganisation, now);
        }
    }

    /**
     * A new value or note for a DRAFT, or the correction of a RETURNED value; it still has to be reported.
     *
     * @throws ConflictException (409) if it is REPORTED or APPROVED
     */
    public void correct(BigDecimal value, String note) {
        correct(new MeasurementContent(value, null, null, null, List.of()), note);
    }

    /**
     * A new content (value, ratio or narrative, and breakdown) and note for a DRAFT, or the correction of a RETURNED
     * measurement; it still has to be reported.
     *
     * @throws ConflictException (409) if it is REPORTED or APPROVED
     */
    public void correct(MeasurementContent content, String note) {
        if (status != Status.DRAFT && status != Status.RETURNED) {
            throw new ConflictException("Only a DRAFT or RETURNED measurement can be changed; it is " + status + ".",
                    Map.of("currentStatus", status.name()));
        }
        setContent(content);
        this.note = note;
    }

    private void setContent(MeasurementContent content) {
        this.value = content.value();
        this.numerator = content.numerator();
        this.denominator = content.denominator();
        this.narrative = content.narrative();
        this.breakdown.clear();
        this.breakdown.addAll(content.breakdown());
    }

    /**
     * Reports a DRAFT, or a corrected RETURNED value again, for review. The latest review stays readable.
     *
     * @throws ConflictException (409) if it is REPORTED or APPROVED
     */
    public void submit(String reporter, UUID reporterOrganisation, Instant now) {
        if (status != Status.DRAFT && status != Status.RETURNED) {
            throw new ConflictException("Only a DRAFT or RETURNED measurement can be reported; it is " + status + ".",
                    Map.of("currentStatus", status.name()));
        }
        this.status = Status.REPORTED;
        this.reportedBy = reporter;
        this.reportedByOrganisation = reporterOrganisation;
        this.reportedAt = now;
    }

    /**
     * The municipality accepts the value: it counts towards progress from now on.
     *
     * @throws ConflictException (409) if it is not REPORTED, or if the approver created or reported it (four eyes)
     */
    public void approve(String comment, String reviewer, Instant now) {
        if (status == Status.REPORTED && (reviewer.equals(createdBy) || reviewer.equals(reportedBy))) {
            throw new ConflictException("Four eyes: " + reviewer + " created or reported this measurement and may not"
                    + " approve it; another person of the municipality must.",
                    Map.of("rule", FOUR_EYES, "reportedBy", reportedBy, "createdBy", createdBy));
        }
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

    // Only a REPORTED value is reviewed: a DRAFT is not yet for review, and a reviewed one is reviewed again only
    // after it is corrected and reported again; each step is in the audit trail.
    private void review(Status outcome, String comment, String reviewer, Instant now) {
        if (status != Status.REPORTED) {
            throw new ConflictException("Only a REPORTED measurement can be reviewed; it is " + status + ".",
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

    public BigDecimal numerator() {
        return numerator;
    }

    public BigDecimal denominator() {
        return denominator;
    }

    /** A qualitative indicator's account of the period; null for a number. */
    public String narrative() {
        return narrative;
    }

    public List<BreakdownPart> breakdown() {
        return List.copyOf(breakdown);
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

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
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
