package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.DueDateRequest;
import dk.kk.boligsocial.evaluation.api.model.PeriodResponse;
import dk.kk.boligsocial.evaluation.api.model.WorkResponse;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanPeriodRepository;
import dk.kk.boligsocial.evaluation.persistence.ScheduleQueries;
import dk.kk.boligsocial.evaluation.persistence.ScheduleQueries.Scope;
import dk.kk.boligsocial.evaluation.persistence.ScheduleQueries.WorkRow;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.security.Roles;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * When each reporting period is due (the round's rule, or a date the municipality sets for the plan), and the work
 * queues that follow from it for the caller's role.
 */
@ApplicationScoped
public class ReportingSchedule {

    /** Items per queue when the caller names no limit. */
    public static final int DEFAULT_LIMIT = 50;
    /** A due date more than this many years after the period's year is surely a typing error. */
    private static final int LATEST_YEARS_AFTER = 3;

    private final FrameworkRepository frameworks;
    private final PlanPeriodRepository periods;
    private final ScheduleQueries schedule;
    private final ReadModels readModels;
    private final AuditTrail audit;
    private final Caller caller;
    private final Timestamps timestamps;

    public ReportingSchedule(FrameworkRepository frameworks, PlanPeriodRepository periods, ScheduleQueries schedule,
            ReadModels readModels, AuditTrail audit, Caller caller, Timestamps timestamps) {
        this.frameworks = frameworks;
        this.periods = periods;
        this.schedule = schedule;
        this.readModels = readModels;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    /**
     * Sets the period's due date for this plan. Setting the date it has changes nothing but the record of who set
     * it, so the update needs no If-Match (as locking); a locked period answers 409.
     */
    @Transactional
    public PeriodResponse setDueDate(UUID planId, int year, DueDateRequest request) {
        caller.requireVisible(frameworks.findByIdOptional(planId), Framework::housingOrganisationId,
                Framework.RESOURCE, planId);
        PlanPeriod period = periods.find(planId, year, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException(PlanPeriod.RESOURCE, year));
        LocalDate dueOn = request.dueOn();
        if (dueOn == null) {
            throw new InvalidInputException(List.of(new FieldError("dueOn", "is required")));
        }
        if (dueOn.isBefore(period.startsOn()) || dueOn.getYear() > year + LATEST_YEARS_AFTER) {
            throw new InvalidInputException(List.of(new FieldError("dueOn", "must lie between the period's first day ("
                    + period.startsOn() + ") and the end of " + (year + LATEST_YEARS_AFTER))));
        }
        period.moveDue(dueOn, caller.subject());
        periods.flush();
        audit.record("period.due-date-set", "reporting-period", planId + "/" + year, period.version());
        return readModels.frameworkChanged(planId).periods().stream()
                .filter(p -> p.year() == year)
                .findFirst().orElseThrow();
    }

    /** The caller's queues as of today; a housing organisation's token sees its own plans only (none without org_id). */
    @Transactional
    public WorkResponse work(UUID planId, int limit) {
        LocalDate today = timestamps.today();
        Scope scope = caller.isHousingOrganisation()
                ? new Scope(false, caller.organisationId().orElse(null))
                : new Scope(true, null);
        // Reporters see what they may report; the municipality, lbf and readers everything in scope.
        boolean reports = !caller.hasRole(Roles.KOMMUNE)
                && (caller.hasRole(Roles.EVALUATOR) || caller.hasRole(Roles.BOLIGORGANISATION));
        String reporter = reports ? caller.subject() : null;
        String reviewer = caller.hasRole(Roles.KOMMUNE) ? caller.subject() : null;
        return new WorkResponse(today,
                queue(schedule.openWork(today, false, scope, planId, reporter, limit + 1), limit),
                queue(schedule.awaitingApproval(scope, planId, reviewer, limit + 1), limit),
                queue(schedule.openWork(today, true, scope, planId, reporter, limit + 1), limit));
    }

    // One row more than the limit was read, so that "more" needs no count.
    private static WorkResponse.Queue queue(List<WorkRow> rows, int limit) {
        return new WorkResponse.Queue(rows.stream().limit(limit).map(r -> new WorkResponse.Item(r.planId(), r.title(),
                r.housingOrganisationId(), r.indicatorId(), r.code(), r.year(), r.dueOn(), r.reporter(),
                r.measurementId(), r.status(), r.reportedBy())).toList(), rows.size() > limit);
    }
}
