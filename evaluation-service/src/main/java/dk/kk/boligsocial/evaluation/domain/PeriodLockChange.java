package dk.kk.boligsocial.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One lock or unlock of a reporting period: who and when, kept for everyone to see. */
@Entity
@Table(name = "period_lock_change")
public class PeriodLockChange {

    public enum Action { LOCKED, UNLOCKED }

    @Id
    private UUID id;
    @Column(name = "period_id")
    private UUID periodId;
    @Enumerated(EnumType.STRING)
    private Action action;
    private String actor;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected PeriodLockChange() {
    }

    PeriodLockChange(UUID periodId, Action action, String actor, UUID organisationId, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.periodId = periodId;
        this.action = action;
        this.actor = actor;
        this.organisationId = organisationId;
        this.changedAt = changedAt;
    }

    public UUID periodId() {
        return periodId;
    }

    public Action action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
