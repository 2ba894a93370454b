package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.kit.api.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

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
    /** The number of the plan's current content version: 1 as created, one more for every revision. */
    @Column(name = "content_version")
    private int contentVersion = 1;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Filtered on ({@code GET /v1/plans?theme=}), so a GIN-indexed array rather than a part of the document. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "themes", columnDefinition = "text[]")
    private String[] themes;

    // Replaced as a whole by every revision, never changed in place: Hibernate compares it instead of deep-copying it.
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content", columnDefinition = "jsonb")
    @Mutability(Immutability.class)
    private PlanDocument content;

    /** The plan as {@code GET /v1/plans/{id}} answers it, JSON kept ready by the application (see V10). */
    @Column(name = "answer")
    private String answer;
    @Column(name = "answer_version")
    private Long answerVersion;

    /** False for a plan made by this transaction and not yet stored: its first version is 0. */
    @Transient
    private boolean stored = true;

    // funding-service's word on the municipal co-financing: written only by the consumer of its events (an UPDATE of
    // these columns alone, which leaves the plan's version as it is), never by the plan's own inserts and updates
    @Enumerated(EnumType.STRING)
    @Column(name = "co_financing", insertable = false, updatable = false)
    private CoFinancingState coFinancing;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "co_financing_reasons", columnDefinition = "jsonb", insertable = false, updatable = false)
    @Mutability(Immutability.class)
    private CoFinancingRefusal coFinancingRefusal;
    @Column(name = "co_financing_at", insertable = false, updatable = false)
    private Instant coFinancingAt;

    protected Plan() {
    }

    /** A new draft; its content has passed {@link PlanRules}. */
    public Plan(String roundId, UUID housingOrganisationId, PlanContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.housingOrganisationId = housingOrganisationId;
        this.status = PlanStatus.DRAFT;
        this.createdAt = now;
        this.stored = false;
        apply(content, now);
    }

    /** @throws ConflictException (409) unless the plan is a draft or prequalified and being worked out in dialogue */
    public void requireEditable() {
        if (!EDITABLE.contains(status)) {
            throw DecisionKind.conflict(status,
                    "A plan can be changed only while DRAFT or PREQUALIFIED; this plan is " + status + ".");
        }
    }

    /**
     * Replaces the content, which has passed {@link PlanRules}, as the plan's next version.
     *
     * @return the history entry of the revision (the status stays; the entry names the new version)
     */
    public PlanDecision revise(PlanContent content, Decider by, Instant now) {
        requireEditable();
        apply(content, now);
        this.contentVersion++;
        return PlanDecision.of(PlanDecision.REVISION, id).transition(status, status).by(by, now)
                .planVersion(version + 1).contentVersion(contentVersion).build();
    }

    public PlanDecision submit(String recommendation, Decider by, Instant now) {
        return decide(DecisionKind.SUBMISSION, PlanStatus.SUBMITTED, by, now).recommendation(recommendation).build();
    }

    public PlanDecision prequalify(String reference, String reason, Decider by, Instant now) {
        return decide(DecisionKind.PREQUALIFICATION, PlanStatus.PREQUALIFIED, by, now)
                .reference(reference).reason(reason).build();
    }

    public PlanDecision reject(String reference, String reason, Decider by, Instant now) {
        return decide(DecisionKind.PREQUALIFICATION, PlanStatus.REJECTED, by, now)
                .reference(reference).reason(reason).build();
    }

    /**
     * @param coFinancingOverride why the plan is approved although its co-financing was refused, or {@code null}
     * @throws ConflictException (409) if the co-financing is REFUSED and no override is given
     */
    public PlanDecision approve(String committee, LocalDate meetingDate, String reference, String coFinancingOverride,
            Decider by, Instant now) {
        CoFinancingRefusal overridden = passCoFinancingGate(DecisionKind.APPROVAL, coFinancingOverride);
        return decide(DecisionKind.APPROVAL, PlanStatus.APPROVED, by, now)
                .reference(reference).committee(committee, meetingDate)
                .coFinancingOverride(overridden == null ? null : coFinancingOverride, overridden).build();
    }

    /**
     * @param lbfAmount           LBF's granted amount, a valid amount of the round's currency
     * @param coFinancingOverride why the plan is granted although its co-financing was refused, or {@code null}
     * @throws ConflictException (409) if the co-financing is REFUSED and no override is given
     */
    public PlanDecision grant(BigDecimal lbfAmount, String reference, String coFinancingOverride, Decider by,
            Instant now) {
        CoFinancingRefusal overridden = passCoFinancingGate(DecisionKind.GRANT, coFinancingOverride);
        PlanDecision decision = decide(DecisionKind.GRANT, PlanStatus.GRANTED, by, now)
                .reference(reference).grantedAmount(lbfAmount)
                .coFinancingOverride(overridden == null ? null : coFinancingOverride, overridden).build();
        this.grantedAmount = lbfAmount;
        return decision;
    }

    public PlanDecision activate(String reference, Decider by, Instant now) {
        return decide(DecisionKind.ACTIVATION, PlanStatus.ACTIVE, by, now).reference(reference).build();
    }

    public PlanDecision complete(String reference, Decider by, Instant now) {
        return decide(DecisionKind.COMPLETION, PlanStatus.COMPLETED, by, now).reference(reference).build();
    }

    public PlanDecision withdraw(String reason, Decider by, Instant now) {
        return decide(DecisionKind.WITHDRAWAL, PlanStatus.WITHDRAWN, by, now).reason(reason).build();
    }

    /**
     * The version the changes of this transaction give the plan: 0 for a new plan, the next one for a stored plan
     * (every change writes the row, and writing it increments {@code @Version}).
     */
    public long versionAfterChange() {
        return stored ? version + 1 : version;
    }

    /** Keeps {@code json} as the plan's answer for {@code forVersion} (written with the plan's other changes). */
    public void keepAnswer(String json, long forVersion) {
        this.answer = json;
        this.answerVersion = forVersion;
    }

    /** What LBF's grant gives per source and year; empty before the grant. */
    public List<BudgetLine> grantedBudget() {
        return grantedAmount == null ? List.of()
                : GrantedBudget.of(requestedBudget(), periodStart, periodEnd, grantedAmount);
    }

    /**
     * The co-financing gate of approval and grant: a plan whose municipal co-financing funding-service refused is
     * approved or granted only by an explicit override with a reason. The lifecycle is checked first, so a decision
     * that is not possible at all says so rather than naming the refusal.
     *
     * @return the refusal the override overrides, or {@code null} if the co-financing is not refused (an override
     *         given then overrides nothing and is not recorded)
     * @throws ConflictException (409) naming the refusal reasons if the co-financing is refused and no override given
     */
    private CoFinancingRefusal passCoFinancingGate(DecisionKind kind, String override) {
        kind.requireAllowedFrom(status);
        if (coFinancing() != CoFinancingState.REFUSED) {
            return null;
        }
        CoFinancingRefusal refusal = coFinancingRefusal == null ? new CoFinancingRefusal(List.of()) : coFinancingRefusal;
        if (override != null) {
            return refusal;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("currentStatus", status.name());
        extensions.put("allowedDecisions", DecisionKind.allowedFrom(status));
        extensions.put("coFinancing", CoFinancingState.REFUSED.name());
        extensions.put("refusalReasons", refusal.reasons());
        String reasons = refusal.reasons().stream().map(r -> r.code() + " (" + r.message() + ")")
                .collect(Collectors.joining("; "));
        throw new ConflictException("funding-service refused the plan's municipal co-financing"
                + (reasons.isEmpty() ? "" : ": " + reasons) + ". The " + kind.resourceName()
                + " needs coFinancingOverride with a reason to be taken anyway.", extensions);
    }

    /**
     * Moves the plan to {@code outcome} and starts its history entry.
     *
     * @throws ConflictException (409) if {@code kind} is not possible in the plan's status
     */
    private PlanDecision.Builder decide(DecisionKind kind, PlanStatus outcome, Decider by, Instant now) {
        kind.requireAllowedFrom(status);
        if (!kind.leadsTo(outcome)) {
            throw new IllegalArgumentException(kind + " does not lead to " + outcome);
        }
        // Every decision changes the status, so writing it makes the plan's next version: the one the entry names.
        PlanDecision.Builder entry = PlanDecision.of(kind.resourceName(), id).transition(status, outcome).by(by, now)
                .planVersion(version + 1).contentVersion(contentVersion);
        this.status = outcome;
        this.updatedAt = now;
        return entry;
    }

    private void apply(PlanContent content, Instant now) {
        this.title = content.title();
        this.periodStart = content.periodStart();
        this.periodEnd = content.periodEnd();
        this.themes = content.themes().toArray(String[]::new);
        this.content = new PlanDocument(content.housingAreaIds(), content.targetGroups(), content.activities(),
                content.budget().stream().map(BudgetLine.Unchecked::checked).toList());
        this.updatedAt = now;
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

    /** The number of the current content version (1 as created; each revision adds one). */
    public int contentVersion() {
        return contentVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<UUID> housingAreaIds() {
        return content.housingAreaIds();
    }

    public List<String> themes() {
        return List.of(themes);
    }

    public List<String> targetGroups() {
        return content.targetGroups();
    }

    public List<PlannedActivity> activities() {
        return content.activities();
    }

    public List<BudgetLine> requestedBudget() {
        return content.budget();
    }

    /** What funding-service last said of the municipal co-financing; PENDING before it said anything. */
    public CoFinancingState coFinancing() {
        return coFinancing == null ? CoFinancingState.PENDING : coFinancing;
    }

    /** The refusal reasons while the co-financing is REFUSED; empty otherwise. */
    public List<CoFinancingRefusal.Reason> coFinancingReasons() {
        return coFinancing() != CoFinancingState.REFUSED || coFinancingRefusal == null ? List.of()
                : coFinancingRefusal.reasons();
    }

    /** When funding-service decided what {@link #coFinancing()} says; {@code null} while PENDING. */
    public Instant coFinancingAt() {
        return coFinancingAt;
    }
}
