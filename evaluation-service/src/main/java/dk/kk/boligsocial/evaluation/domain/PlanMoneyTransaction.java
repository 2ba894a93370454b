package dk.kk.boligsocial.evaluation.domain;

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
 * One line of a granted plan's money as a funding event announced it, for exports that need the transactions
 * behind {@link PlanMoney}'s sums (IATI). Signed: what lowers a commitment or reverses a payment is negative, so that
 * the rows of a kind add up to the plan's committed and paid.
 */
@Entity
@Table(name = "plan_money_transaction")
public class PlanMoneyTransaction {

    public enum Kind { COMMITMENT, DISBURSEMENT }

    /** Who pays, as the funding events' budget sources name them (the domain keeps its own, apart from events). */
    public enum Source { LBF, MUNICIPALITY, HOUSING_ORGANISATION, OTHER }

    /** Which event made the line: the grant, an amendment, the close-out's release, a payment or its correction. */
    public enum Cause { GRANT, AMENDMENT, RELEASE, PAYMENT, CORRECTION }

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Cause cause;
    @Enumerated(EnumType.STRING)
    private Source source;
    private int year;
    private BigDecimal amount;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PlanMoneyTransaction() {
    }

    public PlanMoneyTransaction(UUID planId, Cause cause, Source source, int year, BigDecimal amount,
            LocalDate occurredOn, String eventId, Instant now) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.kind = cause == Cause.PAYMENT || cause == Cause.CORRECTION ? Kind.DISBURSEMENT : Kind.COMMITMENT;
        this.cause = cause;
        this.source = source;
        this.year = year;
        this.amount = amount;
        this.occurredOn = occurredOn;
        this.eventId = eventId;
        this.recordedAt = now;
    }

    public Kind kind() {
        return kind;
    }

    public Cause cause() {
        return cause;
    }

    public Source source() {
        return source;
    }

    public int year() {
        return year;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }
}
