package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A granted plan's money as funding-service announced it: the money side of kroner per outcome. Changed only by
 * funding events, each applied once, in the order funding-service published them for the plan.
 */
@Entity
@Table(name = "plan_money")
public class PlanMoney {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    @Id
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "round_id")
    private String roundId;
    @Column(name = "housing_organisation_id")
    private UUID housingOrganisationId;
    /** All sources, net of what amendments lowered and the close-out released. */
    private BigDecimal committed = ZERO;
    @Column(name = "municipal_committed")
    private BigDecimal municipalCommitted = ZERO;
    /** All sources, net of corrected payments. */
    private BigDecimal paid = ZERO;
    @Column(name = "municipal_paid")
    private BigDecimal municipalPaid = ZERO;
    private boolean closed;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PlanMoney() {
    }

    public PlanMoney(UUID planId, String roundId, UUID housingOrganisationId, Instant now) {
        this.planId = planId;
        this.roundId = roundId;
        this.housingOrganisationId = housingOrganisationId;
        this.updatedAt = now;
    }

    /**
     * The grant's commitments (funding.committed.v1, once per plan). Added, like everything here, so that the order in
     * which a rebuild and the live consumer apply a plan's events does not change the sums.
     */
    public void committed(BigDecimal total, BigDecimal municipal, Instant now) {
        this.committed = committed.add(total);
        this.municipalCommitted = municipalCommitted.add(municipal);
        this.updatedAt = now;
    }

    /** An amendment changes the municipal commitment (funding.grant-amended.v1): by {@code delta}, up or down. */
    public void amended(BigDecimal delta, Instant now) {
        this.committed = committed.add(delta);
        this.municipalCommitted = municipalCommitted.add(delta);
        this.updatedAt = now;
    }

    /** A payment (positive) or its correction (negative). */
    public void paid(BigDecimal amount, boolean municipal, Instant now) {
        this.paid = paid.add(amount);
        if (municipal) {
            this.municipalPaid = municipalPaid.add(amount);
        }
        this.updatedAt = now;
    }

    /** The close-out released what was committed and not paid. */
    public void closedOut(BigDecimal released, BigDecimal municipalReleased, Instant now) {
        this.committed = committed.subtract(released);
        this.municipalCommitted = municipalCommitted.subtract(municipalReleased);
        this.closed = true;
        this.updatedAt = now;
    }

    /** Whether funding-service closed the plan's money (funding.closed-out.v1). */
    public boolean isClosed() {
        return closed;
    }
}
