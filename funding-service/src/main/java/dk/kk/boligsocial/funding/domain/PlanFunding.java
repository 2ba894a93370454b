package dk.kk.boligsocial.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What funding knows about one plan, learnt from the plan events: its owner (for housing-organisation scoping),
 * its budget and where its money stands. The money itself is in the ledger.
 *
 * <p>The budget, rule checks and refusal reasons are JSON columns of the plan's row, not child tables: they are
 * always read and replaced whole, and as collections they cost a query each to load and a delete plus an insert per
 * line to change.
 */
@Entity
@Table(name = "plan_funding")
public class PlanFunding {

    @Id
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "round_id")
    private String roundId;
    @Column(name = "housing_organisation_id")
    private UUID housingOrganisationId;
    private String title;
    @Enumerated(EnumType.STRING)
    private FundingState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "budget_basis")
    private BudgetBasis budgetBasis;
    @Column(name = "committed_without_reservation")
    private boolean committedWithoutReservation;
    /** What the grant gave, all sources and the municipality's part; kept when amendments change the budget. */
    @Column(name = "granted_volume")
    private BigDecimal grantedVolume;
    @Column(name = "granted_municipal")
    private BigDecimal grantedMunicipal;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<BudgetLine> budget = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rule_checks")
    private List<RuleCheck> ruleChecks = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refusal_reasons")
    private List<RefusalReason> refusalReasons = List.of();

    protected PlanFunding() {
    }

    public PlanFunding(UUID planId, String roundId, UUID housingOrganisationId, String title,
            List<BudgetLine> budget, BudgetBasis basis, Instant now) {
        this.planId = planId;
        this.roundId = roundId;
        this.housingOrganisationId = housingOrganisationId;
        this.title = title;
        this.budget = List.copyOf(budget);
        this.budgetBasis = basis;
        this.state = FundingState.CLOSED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void reserve(List<RuleCheck> checks, Instant now) {
        moveTo(FundingState.RESERVED, checks, List.of(), now);
    }

    /** Refuses the money asked for; a plan whose grant is refused keeps its reservation (and stays RESERVED). */
    public void refuse(List<RuleCheck> checks, List<RefusalReason> reasons, boolean holdsReservation, Instant now) {
        moveTo(holdsReservation ? FundingState.RESERVED : FundingState.REFUSED, checks, reasons, now);
    }

    /**
     * The plan was revised before its grant: the revised request replaces the requested budget (the reservation is
     * adjusted, or refused, by the caller).
     */
    public void revise(String title, List<BudgetLine> requested, Instant now) {
        this.title = title;
        this.budget = List.copyOf(requested);
        this.budgetBasis = BudgetBasis.REQUESTED;
        this.updatedAt = now;
    }

    /** Books the grant: the granted lines replace the requested ones as the plan's budget. */
    public void commit(List<BudgetLine> granted, boolean withoutReservation, List<RuleCheck> checks, Instant now) {
        this.budget = List.copyOf(granted);
        this.budgetBasis = BudgetBasis.GRANTED;
        this.committedWithoutReservation = withoutReservation;
        this.grantedVolume = BudgetLine.sum(granted);
        this.grantedMunicipal = BudgetLine.sum(granted, BudgetSource.MUNICIPALITY);
        moveTo(FundingState.COMMITTED, checks, List.of(), now);
    }

    /** An amendment of the granted budget (its municipal lines), with the rule checks it passed. */
    public void amend(List<BudgetLine> amended, List<RuleCheck> checks, Instant now) {
        this.budget = List.copyOf(amended);
        moveTo(FundingState.COMMITTED, checks, List.of(), now);
    }

    /** The reservation went back to the pool. */
    public void release(Instant now) {
        this.state = FundingState.RELEASED;
        this.updatedAt = now;
    }

    /** Rejected or withdrawn while holding nothing, or closed out after completion. */
    public void close(Instant now) {
        this.state = FundingState.CLOSED;
        this.updatedAt = now;
    }

    private void moveTo(FundingState next, List<RuleCheck> checks, List<RefusalReason> reasons, Instant now) {
        this.state = next;
        // new lists rather than changed ones: Hibernate sees a changed JSON attribute by comparing it with its snapshot
        this.ruleChecks = List.copyOf(checks);
        this.refusalReasons = List.copyOf(reasons);
        this.updatedAt = now;
    }

    public UUID planId() {
        return planId;
    }

    public String roundId() {
        return roundId;
    }

    public UUID housingOrganisationId() {
        return housingOrganisationId;
    }

    public String title() {
        return title;
    }

    public FundingState state() {
        return state;
    }

    public BudgetBasis budgetBasis() {
        return budgetBasis;
    }

    public boolean committedWithoutReservation() {
        return committedWithoutReservation;
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

    public List<BudgetLine> budget() {
        return List.copyOf(budget);
    }

    public List<RuleCheck> ruleChecks() {
        return List.copyOf(ruleChecks);
    }

    /**
     * The refusal reasons as the plan's housing organisation may read them: its own request, not what the pool has
     * left for the others (issue 10: a reason must not tell one organisation another's figures).
     */
    public List<RefusalReason> refusalReasonsForItsOrganisation() {
        return refusalReasons.stream().map(RefusalReason::withOwnFiguresOnly).toList();
    }

    public List<RefusalReason> refusalReasons() {
        return List.copyOf(refusalReasons);
    }
}
