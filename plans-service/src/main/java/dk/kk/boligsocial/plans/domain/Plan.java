package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.events.plan.PlanStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A boligsocial helhedsplan: its content and where it stands in the lifecycle. */
@Entity
@Table(name = "plan")
public class Plan {

    private static final EnumSet<PlanStatus> EDITABLE = EnumSet.of(PlanStatus.DRAFT, PlanStatus.PREQUALIFIED);

    @Id
    private UUID id;
    private String title;
    @Column(name = "round_id")
    private String roundId;
    @Column(name = "housing_organisation_id")
    private UUID housingOrganisationId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "granted_amount", precision = 15, scale = 2)
    private BigDecimal grantedAmount;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    // Batch-fetched so a page of plans costs one query per collection, not one per plan.
    @ElementCollection
    @CollectionTable(name = "plan_housing_area", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "housing_area_id")
    @BatchSize(size = 200)
    private List<UUID> housingAreaIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_theme", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "theme_code")
    @BatchSize(size = 200)
    private List<String> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_target_group", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "target_group")
    @BatchSize(size = 200)
    private List<String> targetGroups = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_activity", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<PlannedActivity> activities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_budget_line", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<RequestedAmount> budget = new ArrayList<>();

    protected Plan() {
    }

    public Plan(String roundId, UUID housingOrganisationId, PlanContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.housingOrganisationId = housingOrganisationId;
        this.status = PlanStatus.DRAFT;
        this.createdAt = now;
        apply(content, now);
    }

    public boolean isEditable() {
        return EDITABLE.contains(status);
    }

    /** Replaces the content; only while the plan is a draft or prequalified and being worked out in dialogue. */
    public void revise(PlanContent content, Instant now) {
        if (!isEditable()) {
            throw new IllegalStateException("plan " + id + " is " + status + " and cannot be revised");
        }
        apply(content, now);
    }

    /** Takes a decision; the caller has checked {@link DecisionKind#isAllowedFrom}. */
    public void decide(DecisionKind kind, PlanStatus outcome, Instant now) {
        if (!kind.isAllowedFrom(status)) {
            throw new IllegalStateException(kind + " is not allowed while " + status);
        }
        this.status = outcome;
        this.updatedAt = now;
    }

    public void grant(BigDecimal lbfAmount, Instant now) {
        decide(DecisionKind.GRANT, PlanStatus.GRANTED, now);
        this.grantedAmount = lbfAmount;
    }

    private void apply(PlanContent content, Instant now) {
        this.title = content.title();
        this.periodStart = content.periodStart();
        this.periodEnd = content.periodEnd();
        replace(housingAreaIds, content.housingAreaIds());
        replace(themes, content.themes());
        replace(targetGroups, content.targetGroups());
        replace(activities, content.activities());
        replace(budget, content.budget().stream()
                .map(line -> new RequestedAmount(line.source(), line.year(), line.amount()))
                .toList());
        this.updatedAt = now;
    }

    private static <T> void replace(List<T> target, List<T> source) {
        target.clear();
        target.addAll(source);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String roundId() {
        return roundId;
    }

    public UUID housingOrganisationId() {
        return housingOrganisationId;
    }

    public PlanStatus status() {
        return status;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public BigDecimal grantedAmount() {
        return grantedAmount;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<UUID> housingAreaIds() {
        return List.copyOf(housingAreaIds);
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public List<String> targetGroups() {
        return List.copyOf(targetGroups);
    }

    public List<PlannedActivity> activities() {
        return List.copyOf(activities);
    }

    public List<RequestedAmount> budget() {
        return List.copyOf(budget);
    }
}
