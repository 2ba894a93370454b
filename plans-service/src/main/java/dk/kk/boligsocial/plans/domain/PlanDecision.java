package dk.kk.boligsocial.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * One entry of a plan's history: a decision (or the creation of the plan), who took it and when,
 * and the case reference, committee meeting or reason that goes with it.
 */
@Entity
@Table(name = "plan_decision")
public class PlanDecision {

    /** The history entry written when a plan is created; not a lifecycle decision. */
    public static final String CREATION = "creation";
    /** The history entry written when a plan's content is revised (a new version); not a lifecycle decision. */
    public static final String REVISION = "revision";

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    private String decision;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PlanStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private PlanStatus toStatus;
    private String actor;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String reference;
    private String reason;
    private String recommendation;
    private String committee;
    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    @Column(name = "granted_amount", precision = 15, scale = 2)
    private BigDecimal grantedAmount;
    @Column(name = "plan_version")
    private long planVersion;
    @Column(name = "content_version")
    private Integer contentVersion;
    /** The date the entry took effect; {@link #decidedAt} is when it was recorded. */
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "co_financing_override")
    private String coFinancingOverride;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "co_financing_refusal", columnDefinition = "jsonb")
    @Mutability(Immutability.class)
    private CoFinancingRefusal coFinancingRefusal;

    protected PlanDecision() {
    }

    private PlanDecision(Builder b) {
        this.id = UUID.randomUUID();
        this.planId = b.planId;
        this.decision = b.decision;
        this.fromStatus = b.fromStatus;
        this.toStatus = b.toStatus;
        this.actor = b.actor;
        this.organisationId = b.organisationId;
        this.decidedAt = b.decidedAt;
        this.reference = b.reference;
        this.reason = b.reason;
        this.recommendation = b.recommendation;
        this.committee = b.committee;
        this.meetingDate = b.meetingDate;
        this.grantedAmount = b.grantedAmount;
        this.planVersion = b.planVersion;
        this.coFinancingOverride = b.coFinancingOverride;
        this.coFinancingRefusal = b.coFinancingRefusal;
        this.contentVersion = b.contentVersion;
    }

    /** The first entry of every plan's history. */
    public static PlanDecision creationOf(Plan plan, Decider by, Instant at) {
        return of(CREATION, plan.id()).transition(null, plan.status()).by(by, at).planVersion(plan.version())
                .contentVersion(plan.contentVersion()).build();
    }

    static Builder of(String decision, UUID planId) {
        return new Builder(decision, planId);
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String decision() {
        return decision;
    }

    public PlanStatus fromStatus() {
        return fromStatus;
    }

    public PlanStatus toStatus() {
        return toStatus;
    }

    public String actor() {
        return actor;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reference() {
        return reference;
    }

    public String reason() {
        return reason;
    }

    public String recommendation() {
        return recommendation;
    }

    public String committee() {
        return committee;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public BigDecimal grantedAmount() {
        return grantedAmount;
    }

    public long planVersion() {
        return planVersion;
    }

    /** The date the entry took effect (e.g. the committee's meeting), which may lie before it was recorded. */
    public LocalDate decidedOn() {
        return decidedOn;
    }

    /**
     * Dates the entry: the day it took effect, which the caller has checked (not in the future, not before the round
     * opens). Set once, before the entry is stored.
     */
    public void takesEffectOn(LocalDate date) {
        if (this.decidedOn != null) {
            throw new IllegalStateException("history entry " + id + " is dated already");
        }
        this.decidedOn = java.util.Objects.requireNonNull(date, "date");
    }

    /** The plan version the entry was taken on; {@code null} for entries written before versions existed. */
    public Integer contentVersion() {
        return contentVersion;
    }

    /** Why the decision was taken although the co-financing was refused; {@code null} if it overrode nothing. */
    public String coFinancingOverride() {
        return coFinancingOverride;
    }

    /** The refusal the decision overrode; {@code null} if it overrode nothing. */
    public CoFinancingRefusal coFinancingRefusal() {
        return coFinancingRefusal;
    }

    /** Collects the parts of a history entry; most are optional and depend on the decision. */
    static final class Builder {
        private final String decision;
        private final UUID planId;
        private PlanStatus fromStatus;
        private PlanStatus toStatus;
        private String actor;
        private UUID organisationId;
        private Instant decidedAt;
        private String reference;
        private String reason;
        private String recommendation;
        private String committee;
        private LocalDate meetingDate;
        private BigDecimal grantedAmount;
        private long planVersion;
        private String coFinancingOverride;
        private CoFinancingRefusal coFinancingRefusal;
        private Integer contentVersion;

        private Builder(String decision, UUID planId) {
            this.decision = decision;
            this.planId = planId;
        }

        Builder transition(PlanStatus from, PlanStatus to) {
            this.fromStatus = from;
            this.toStatus = to;
            return this;
        }

        Builder by(Decider decider, Instant at) {
            this.actor = decider.actor();
            this.organisationId = decider.organisationId();
            this.decidedAt = at;
            return this;
        }

        Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        Builder recommendation(String recommendation) {
            this.recommendation = recommendation;
            return this;
        }

        Builder committee(String committee, LocalDate meetingDate) {
            this.committee = committee;
            this.meetingDate = meetingDate;
            return this;
        }

        Builder grantedAmount(BigDecimal grantedAmount) {
            this.grantedAmount = grantedAmount;
            return this;
        }

        Builder planVersion(long planVersion) {
            this.planVersion = planVersion;
            return this;
        }

        Builder coFinancingOverride(String reason, CoFinancingRefusal refusal) {
            this.coFinancingOverride = reason;
            this.coFinancingRefusal = refusal;
            return this;
        }

        Builder contentVersion(int contentVersion) {
            this.contentVersion = contentVersion;
            return this;
        }

        PlanDecision build() {
            return new PlanDecision(this);
        }
    }
}
