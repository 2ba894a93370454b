package dk.kk.boligsocial.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * One version of a plan's content, as it stood after its creation (version 1) or after a revision (2, 3, ...). Never
 * changed once written: what LBF prequalified, what the committee approved and what LBF granted stay readable.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    private int number;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private String title;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "themes", columnDefinition = "text[]")
    private String[] themes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content", columnDefinition = "jsonb")
    @Mutability(Immutability.class)
    private PlanDocument content;
    private String actor;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PlanVersion() {
    }

    private PlanVersion(Plan plan, int number, PlanStatus status, String actor, UUID organisationId, Instant at) {
        this.id = UUID.randomUUID();
        this.planId = plan.id();
        this.number = number;
        this.status = status;
        this.title = plan.title();
        this.periodStart = plan.periodStart();
        this.periodEnd = plan.periodEnd();
        this.themes = plan.themes().toArray(String[]::new);
        this.content = new PlanDocument(plan.housingAreaIds(), plan.targetGroups(), plan.activities(),
                plan.requestedBudget());
        this.actor = actor;
        this.organisationId = organisationId;
        this.recordedAt = at;
    }

    /** The plan's current content as its current version, made now by {@code by}. */
    public static PlanVersion current(Plan plan, Decider by, Instant at) {
        return new PlanVersion(plan, plan.contentVersion(), plan.status(), by.actor(), by.organisationId(), at);
    }

    /**
     * Version 1, the plan as created, for a plan that has not been revised yet (its row still holds that content).
     *
     * @param creation the plan's creation entry of its history, or {@code null} if it has none
     */
    public static PlanVersion first(Plan plan, PlanDecision creation) {
        if (plan.contentVersion() != 1) {
            throw new IllegalStateException("plan " + plan.id() + " is at version " + plan.contentVersion());
        }
        return new PlanVersion(plan, 1, PlanStatus.DRAFT, creation == null ? "unknown" : creation.actor(),
                creation == null ? null : creation.organisationId(), plan.createdAt());
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public int number() {
        return number;
    }

    public PlanStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public List<String> themes() {
        return List.of(themes);
    }

    public List<UUID> housingAreaIds() {
        return content.housingAreaIds();
    }

    public List<String> targetGroups() {
        return content.targetGroups();
    }

    public List<PlannedActivity> activities() {
        return content.activities();
    }

    public List<BudgetLine> budget() {
        return content.budget();
    }

    public String actor() {
        return actor;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
