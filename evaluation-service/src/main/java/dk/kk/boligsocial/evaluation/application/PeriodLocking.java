package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.PeriodResponse;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.PeriodLockChange;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.PeriodLockChangeRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanPeriodRepository;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The municipality locks a reporting period once its figures are approved, and unlocks it to correct one. Each
 * change is recorded with who and when, and a second lock (or unlock) answers 409, so no If-Match is needed.
 */
@ApplicationScoped
public class PeriodLocking {

    private final FrameworkRepository frameworks;
    private final PlanPeriodRepository periods;
    private final PeriodLockChangeRepository lockChanges;
    private final AuditTrail audit;
    private final ReadModels readModels;
    private final Caller caller;
    private final Timestamps timestamps;

    public PeriodLocking(FrameworkRepository frameworks, PlanPeriodRepository periods,
            PeriodLockChangeRepository lockChanges, AuditTrail audit, ReadModels readModels, Caller caller,
            Timestamps timestamps) {
        this.frameworks = frameworks;
        this.periods = periods;
        this.lockChanges = lockChanges;
        this.audit = audit;
        this.readModels = readModels;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    @Transactional
    public PeriodResponse lock(UUID planId, int year) {
        PlanPeriod period = lockedPeriod(planId, year);
        return recorded(planId, period, period.lock(caller.subject(), caller.organisationId().orElse(null),
                timestamps.now()), "period.locked");
    }

    @Transactional
    public PeriodResponse unlock(UUID planId, int year) {
        PlanPeriod period = lockedPeriod(planId, year);
        return recorded(planId, period, period.unlock(caller.subject(), caller.organisationId().orElse(null),
                timestamps.now()), "period.unlocked");
    }

    // The row lock queues the change behind reports and reviews holding the period, and vice versa.
    private PlanPeriod lockedPeriod(UUID planId, int year) {
        caller.requireVisible(frameworks.findByIdOptional(planId), Framework::housingOrganisationId,
                Framework.RESOURCE, planId);
        return periods.find(planId, year, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException(PlanPeriod.RESOURCE, year));
    }

    private PeriodResponse recorded(UUID planId, PlanPeriod period, PeriodLockChange change, String action) {
        lockChanges.persist(change);
        periods.flush();
        audit.record(action, "reporting-period", planId + "/" + period.year(), period.version());
        return readModels.frameworkChanged(planId).periods().stream()
                .filter(p -> p.year() == period.year())
                .findFirst().orElseThrow();
    }
}
