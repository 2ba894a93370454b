package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An indicator dropped from a plan's framework, with the reason: kept so that the framework shows what it left out. */
@Entity
@Table(name = "plan_indicator_drop")
public class PlanIndicatorDrop {

    @Id
    private UUID id;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "indicator_id")
    private UUID indicatorId;
    private String reason;
    @Column(name = "dropped_by")
    private String droppedBy;
    @Column(name = "dropped_at")
    private Instant droppedAt;

    protected PlanIndicatorDrop() {
    }

    public PlanIndicatorDrop(UUID planId, UUID indicatorId, String reason, String droppedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.indicatorId = indicatorId;
        this.reason = reason;
        this.droppedBy = droppedBy;
        this.droppedAt = now;
    }

    public UUID id() {
        return id;
    }
}
