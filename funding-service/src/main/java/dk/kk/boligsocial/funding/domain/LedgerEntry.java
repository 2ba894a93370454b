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
import java.util.Comparator;
import java.util.UUID;

/**
 * One movement of money, append-only: what, for which plan, source and year, how much, and what caused it (the
 * {@code ce_id} of a plan event, or an HTTP request). Pool and plan figures are sums over these.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    public enum CauseType { EVENT, REQUEST }

    /**
     * A plan's history order, oldest first: by time, then by id as PostgreSQL orders a uuid (its 16 bytes unsigned;
     * {@link UUID#compareTo} compares them signed).
     */
    public static final Comparator<LedgerEntry> HISTORY_ORDER = Comparator.comparing(LedgerEntry::recordedAt)
            .thenComparing(LedgerEntry::id, (a, b) -> {
                int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
            });

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "round_id")
    private String roundId;
    @Column(name = "pool_id")
    private UUID poolId;
    @Enumerated(EnumType.STRING)
    private LedgerKind kind;
    @Enumerated(EnumType.STRING)
    private BudgetSource source;
    @Column(name = "year")
    private int year;
    @Column(precision = 15, scale = 2)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "cause_type")
    private CauseType causeType;
    @Column(name = "cause_id")
    private String causeId;
    private String reference;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    /** The date the entry takes effect (the decision's or the payment's date); recordedAt is when it was booked. */
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    /*
     * The entry's place in its round's hash chain, set by the database when the entry is inserted (V8,
     * ledger_entry_chain): whatever path writes an entry, it is chained under the pool's row lock. Not read back after
     * the insert (null on an entry just booked); FundingChain reads the head once per booking.
     */
    @Column(name = "chain_position", insertable = false, updatable = false)
    private Long chainPosition;
    @Column(name = "previous_hash", insertable = false, updatable = false)
    private String previousHash;
    @Column(name = "hash", insertable = false, updatable = false)
    private String hash;

    protected LedgerEntry() {
    }

    private LedgerEntry(UUID id, PlanFunding plan, UUID poolId, LedgerKind kind, BudgetSource source, int year,
            BigDecimal amount, CauseType causeType, String causeId, String reference, String recordedBy, Instant at,
            LocalDate effectiveOn) {
        this.id = id;
        this.planId = plan.planId();
        this.roundId = plan.roundId();
        this.poolId = source == BudgetSource.MUNICIPALITY ? poolId : null;
        this.kind = kind;
        this.source = source;
        this.year = year;
        this.amount = amount;
        this.causeType = causeType;
        this.causeId = causeId;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
        this.effectiveOn = effectiveOn;
    }

    /** An entry caused by a plan event. */
    public static LedgerEntry fromEvent(PlanFunding plan, UUID poolId, LedgerKind kind, BudgetSource source, int year,
            BigDecimal amount, String eventId, Instant at, LocalDate effectiveOn) {
        return new LedgerEntry(UUID.randomUUID(), plan, poolId, kind, source, year, amount, CauseType.EVENT, eventId,
                null, "funding-service", at, effectiveOn);
    }

    /** A disbursement recorded over HTTP; its id is the disbursement's. */
    public static LedgerEntry disbursement(UUID id, PlanFunding plan, UUID poolId, BudgetSource source, int year,
            BigDecimal amount, String reference, String recordedBy, Instant at, LocalDate valueDate) {
        return new LedgerEntry(id, plan, poolId, LedgerKind.DISBURSEMENT, source, year, amount, CauseType.REQUEST,
                id.toString(), reference, recordedBy, at, valueDate);
    }

    /**
     * An entry caused by an HTTP request other than a one-step disbursement: a payment of the schedule (its id is the
     * disbursement's), its reversal, or an amendment's commitments.
     *
     * @param causeId the disbursement or amendment the entry belongs to
     */
    public static LedgerEntry fromRequest(UUID id, PlanFunding plan, UUID poolId, LedgerKind kind, BudgetSource source,
            int year, BigDecimal amount, String causeId, String reference, String recordedBy, Instant at,
            LocalDate effectiveOn) {
        return new LedgerEntry(id, plan, poolId, kind, source, year, amount, CauseType.REQUEST, causeId, reference,
                recordedBy, at, effectiveOn);
    }

    public UUID id() {
        return id;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public UUID planId() {
        return planId;
    }

    public LedgerKind kind() {
        return kind;
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

    public CauseType causeType() {
        return causeType;
    }

    public String causeId() {
        return causeId;
    }

    public String reference() {
        return reference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
