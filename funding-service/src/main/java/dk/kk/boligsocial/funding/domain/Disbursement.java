package dk.kk.boligsocial.funding.domain;

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

/**
 * One disbursement of a plan's schedule (udbetalingsplan): planned for a source and year, approved by the
 * municipality, paid. Only the payment, and a correction of it, move money: those are ledger entries, this row says
 * where the disbursement stands and who moved it there. The status only moves forward (see {@link #approve},
 * {@link #pay}, {@link #correct}); a wrong move is refused by the caller with a 409 before anything changes.
 */
@Entity
@Table(name = "disbursement")
public class Disbursement {

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "round_id")
    private String roundId;
    @Enumerated(EnumType.STRING)
    private BudgetSource source;
    @Column(name = "year")
    private int year;
    @Column(precision = 15, scale = 2)
    private BigDecimal amount;
    private String reference;
    @Enumerated(EnumType.STRING)
    private DisbursementStatus status;
    @Column(name = "planned_by")
    private String plannedBy;
    @Column(name = "planned_at")
    private Instant plannedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @Column(name = "paid_by")
    private String paidBy;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "value_date")
    private LocalDate valueDate;
    @Column(name = "corrected_by")
    private String correctedBy;
    @Column(name = "corrected_at")
    private Instant correctedAt;
    @Column(name = "correction_reason")
    private String correctionReason;
    @Column(name = "correction_entry_id")
    private UUID correctionEntryId;

    protected Disbursement() {
    }

    private Disbursement(UUID id, PlanFunding plan, BudgetSource source, int year, BigDecimal amount,
            String reference, String by, Instant at) {
        this.id = id;
        this.planId = plan.planId();
        this.roundId = plan.roundId();
        this.source = source;
        this.year = year;
        this.amount = amount;
        this.reference = reference;
        this.status = DisbursementStatus.PLANNED;
        this.plannedBy = by;
        this.plannedAt = at;
    }

    /** A disbursement planned for a source and year. */
    public static Disbursement planned(UUID id, PlanFunding plan, BudgetSource source, int year, BigDecimal amount,
            String reference, String by, Instant at) {
        return new Disbursement(id, plan, source, year, amount, reference, by, at);
    }

    /** The one-step disbursement: planned, approved and paid at once by whoever records it. */
    public static Disbursement paidAtOnce(UUID id, PlanFunding plan, BudgetSource source, int year, BigDecimal amount,
            String reference, String by, Instant at, LocalDate valueDate) {
        Disbursement d = new Disbursement(id, plan, source, year, amount, reference, by, at);
        d.approve(by, at, valueDate);
        d.pay(by, at, valueDate);
        return d;
    }

    /** True while the disbursement counts against the commitment: planned, approved or paid. */
    public boolean holdsCommitment() {
        return status != DisbursementStatus.CORRECTED && status != DisbursementStatus.CANCELLED;
    }

    /** True while it waits for its payment: planned or approved. */
    public boolean open() {
        return status == DisbursementStatus.PLANNED || status == DisbursementStatus.APPROVED;
    }

    /** The plan's money was closed out before this was paid. */
    public void cancel() {
        if (!open()) {
            throw new IllegalStateException("disbursement " + id + " is " + status + ", not open");
        }
        this.status = DisbursementStatus.CANCELLED;
    }

    public void approve(String by, Instant at, LocalDate decidedOn) {
        require(DisbursementStatus.PLANNED);
        this.status = DisbursementStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
        this.approvedOn = decidedOn;
    }

    public void pay(String by, Instant at, LocalDate valueDate) {
        require(DisbursementStatus.APPROVED);
        this.status = DisbursementStatus.PAID;
        this.paidBy = by;
        this.paidAt = at;
        this.valueDate = valueDate;
    }

    public void correct(String by, Instant at, String reason, UUID reversalEntryId) {
        require(DisbursementStatus.PAID);
        this.status = DisbursementStatus.CORRECTED;
        this.correctedBy = by;
        this.correctedAt = at;
        this.correctionReason = reason;
        this.correctionEntryId = reversalEntryId;
    }

    private void require(DisbursementStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("disbursement " + id + " is " + status + ", not " + expected);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public String roundId() {
        return roundId;
    }

    public BudgetSource source() {
        return source;
    }

    public int year() {
        return year;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String reference() {
        return reference;
    }

    public DisbursementStatus status() {
        return status;
    }

    public String plannedBy() {
        return plannedBy;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public String paidBy() {
        return paidBy;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public String correctedBy() {
        return correctedBy;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public UUID correctionEntryId() {
        return correctionEntryId;
    }
}
