package dk.kk.boligsocial.funding.domain;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What funding knows about one plan, learnt from the plan events: its owner (for housing-organisation scoping),
 * its budget and where its money stands. The money itself is in the ledger.
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
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "plan_budget_line", joinColumns = @JoinColumn(name = "plan_id"))
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_rule_check", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<StoredRuleCheck> ruleChecks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_refusal_reason", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<StoredRefusalReason> refusalReasons = new ArrayList<>();

    protected PlanFunding() {
    }

    public PlanFunding(UUID planId, String roundId, UUID housingOrganisationId, String title,
            List<BudgetLine> budget, BudgetBasis basis, Instant now) {
        this.planId = planId;
        this.roundId = roundId;
        this.housingOrganisationId = housingOrganisationId;
        this.title = title;
        this.budget = new ArrayList<>(budget);
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

    /** Books the grant: the granted lines replace the requested ones as the plan's budget. */
    public void commit(List<BudgetLine> granted, boolean withoutReservation, List<RuleCheck> checks, Instant now) {
        this.budget.clear();
        this.budget.addAll(granted);
        this.budgetBasis = BudgetBasis.GRANTED;
        this.committedWithoutReservation = withoutReservation;
        moveTo(FundingState.COMMITTED, checks, List.of(), now);
    }

    /** The reservation went back to the pool. */
    public void release(Instant now) {
        this.state = FundingState.RELEASED;
        this.updatedAt = now;
    }

    /** Rejected or withdrawn while holding nothing. */
    public void close(Instant now) {
        this.state = FundingState.CLOSED;
        this.updatedAt = now;
    }

    private void moveTo(FundingState next, List<RuleCheck> checks, List<RefusalReason> reasons, Instant now) {
        this.state = next;
        this.ruleChecks.clear();
        checks.forEach(c -> this.ruleChecks.add(new StoredRuleCheck(c)));
        this.refusalReasons.clear();
        reasons.forEach(r -> this.refusalReasons.add(new StoredRefusalReason(r)));
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
        return ruleChecks.stream().map(StoredRuleCheck::toCheck).toList();
    }

    public List<RefusalReason> refusalReasons() {
        return refusalReasons.stream().map(StoredRefusalReason::toReason).toList();
    }
}
