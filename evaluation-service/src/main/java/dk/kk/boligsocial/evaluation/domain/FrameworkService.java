package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.evaluation.api.BaselineRequest;
import dk.kk.boligsocial.evaluation.api.FrameworkResponse;
import dk.kk.boligsocial.evaluation.api.PeriodResponse;
import dk.kk.boligsocial.evaluation.api.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.api.TargetRequest;
import dk.kk.boligsocial.evaluation.events.EvaluationEventPublisher;
import dk.kk.boligsocial.evaluation.persistence.EvaluationRepository;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.IndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanIndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanPeriodRepository;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan's evaluation framework: created from {@code plan.granted.v1}, completed on {@code plan.completed.v1}, read
 * with its progress, and kept up to date with baselines, targets and period locks.
 */
@ApplicationScoped
public class FrameworkService {

    static final String INDICATOR_RESOURCE = "indicator of the plan's framework";

    private final FrameworkRepository frameworks;
    private final PlanIndicatorRepository planIndicators;
    private final PlanPeriodRepository periods;
    private final IndicatorRepository catalogue;
    private final EvaluationRepository evaluations;
    private final ProgressQueries progress;
    private final EvaluationEventPublisher publisher;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public FrameworkService(FrameworkRepository frameworks, PlanIndicatorRepository planIndicators,
            PlanPeriodRepository periods, IndicatorRepository catalogue, EvaluationRepository evaluations,
            ProgressQueries progress, EvaluationEventPublisher publisher, AuditTrail audit, Caller caller, Clock clock) {
        this.frameworks = frameworks;
        this.planIndicators = planIndicators;
        this.periods = periods;
        this.catalogue = catalogue;
        this.evaluations = evaluations;
        this.progress = progress;
        this.publisher = publisher;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Creates the framework of a granted plan: the catalogue indicators of its themes and one reporting period per
     * calendar year of its period. A plan that has a framework already keeps it (and nothing is announced again).
     *
     * @return whether a framework was created
     */
    @Transactional
    public boolean createFromGrant(PlanGrantedV1 grant, String eventId) {
        if (frameworks.findById(grant.planId()) != null) {
            return false;
        }
        Instant now = now();
        Framework framework = new Framework(grant.planId(), grant.roundId(), grant.housingOrganisationId(),
                grant.title(), grant.themes(), grant.periodStart(), grant.periodEnd(), now);
        frameworks.persist(framework);
        List<PlanPeriod> planPeriods = new ArrayList<>();
        for (int year = grant.periodStart().getYear(); year <= grant.periodEnd().getYear(); year++) {
            LocalDate start = LocalDate.of(year, 1, 1).isBefore(grant.periodStart()) ? grant.periodStart() : LocalDate.of(year, 1, 1);
            LocalDate end = LocalDate.of(year, 12, 31).isAfter(grant.periodEnd()) ? grant.periodEnd() : LocalDate.of(year, 12, 31);
            PlanPeriod period = new PlanPeriod(grant.planId(), year, start, end);
            periods.persist(period);
            planPeriods.add(period);
        }
        List<Indicator> indicators = catalogue.ofThemes(grant.roundId(), grant.themes()).stream()
                .sorted((a, b) -> Integer.compare(grant.themes().indexOf(a.theme()), grant.themes().indexOf(b.theme())))
                .toList();
        for (int i = 0; i < indicators.size(); i++) {
            planIndicators.persist(new PlanIndicator(grant.planId(), indicators.get(i).id(), i, now));
        }
        frameworks.flush();
        publisher.frameworkCreated(framework, planPeriods, indicators);
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, null, eventId, "framework.created", "framework",
                grant.planId().toString(), framework.version());
        return true;
    }

    /**
     * The plan has ended: the framework is marked completed and the FINAL evaluation is opened as due.
     *
     * @throws PermanentEventFailure if the plan has no framework: its grant never reached this service
     */
    @Transactional
    public void completeFromEvent(PlanCompletedV1 completion, String eventId) {
        Framework framework = frameworks.findForUpdate(completion.planId()).orElseThrow(() -> new PermanentEventFailure(
                "plan " + completion.planId() + " is completed but has no evaluation framework (no plan.granted.v1 seen)"));
        Instant now = now();
        if (framework.complete(now)) {
            frameworks.flush();
            audit.recordAs(AuditTrail.SYSTEM_ACTOR, null, eventId, "framework.completed", "framework",
                    framework.planId().toString(), framework.version());
        }
        if (evaluations.ofKind(framework.planId(), Evaluation.Kind.FINAL).isEmpty()) {
            Evaluation finalEvaluation = Evaluation.due(framework.planId(), Evaluation.Kind.FINAL, now);
            evaluations.persist(finalEvaluation);
            evaluations.flush();
            audit.recordAs(AuditTrail.SYSTEM_ACTOR, null, eventId, "evaluation.opened", "evaluation",
                    finalEvaluation.id().toString(), finalEvaluation.version());
        }
    }

    @Transactional
    public FrameworkResponse get(UUID planId) {
        Framework framework = FrameworkAccess.visible(frameworks, caller, planId);
        List<PlanIndicator> rows = planIndicators.ofPlan(planId);
        Map<UUID, Indicator> indicators = catalogue.byIds(rows.stream().map(PlanIndicator::indicatorId).toList());
        List<ProgressQueries.PeriodProgress> periodProgress = progress.ofPlan(planId);
        List<PeriodLockChange> changes = periods.lockChanges(planId);
        List<PeriodResponse> periodViews = periods.ofPlan(planId).stream().map(p -> Views.period(p, changes)).toList();
        return new FrameworkResponse(framework.planId(), framework.title(), framework.roundId(),
                framework.housingOrganisationId(), framework.themes(), framework.periodStart(), framework.periodEnd(),
                framework.status().name(), framework.completedAt(), periodViews,
                rows.stream().map(p -> Views.planIndicator(p, indicators.get(p.indicatorId()), periodProgress)).toList(),
                framework.createdAt());
    }

    @Transactional
    public PlanIndicatorResponse indicator(UUID planId, UUID indicatorId) {
        FrameworkAccess.visible(frameworks, caller, planId);
        PlanIndicator row = planIndicators.find(planId, indicatorId)
                .orElseThrow(() -> new ResourceNotFoundException(INDICATOR_RESOURCE, indicatorId));
        return view(row);
    }

    @Transactional
    public PlanIndicatorResponse setBaseline(UUID planId, UUID indicatorId, String ifMatch, BaselineRequest request) {
        PlanIndicator row = forUpdate(planId, indicatorId, ifMatch);
        Indicator indicator = catalogue.findById(indicatorId);
        List<FieldError> errors = new ArrayList<>();
        indicator.scale().check(errors, "value", request.value());
        if (request.date() == null) {
            errors.add(new FieldError("date", "is required"));
        }
        TextRules.optional(errors, "source", request.source(), TextRules.MAX_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        row.setBaseline(request.value(), request.date(), request.source(), now());
        planIndicators.flush();
        audit.record("indicator.baseline-set", "plan-indicator", row.id().toString(), row.version());
        return view(row);
    }

    @Transactional
    public PlanIndicatorResponse setTarget(UUID planId, UUID indicatorId, int year, String ifMatch, TargetRequest request) {
        PlanIndicator row = forUpdate(planId, indicatorId, ifMatch);
        PlanPeriod period = periods.find(planId, year, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> new ResourceNotFoundException("reporting period of the plan", year));
        List<FieldError> errors = new ArrayList<>();
        catalogue.findById(indicatorId).scale().check(errors, "value", request.value());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PeriodRules.requireOpen(period);
        row.setTarget(year, request.value(), now());
        planIndicators.flush();
        audit.record("indicator.target-set", "plan-indicator", row.id().toString(), row.version());
        return view(row);
    }

    @Transactional
    public PeriodResponse lock(UUID planId, int year) {
        return changeLock(planId, year, PeriodLockChange.Action.LOCKED);
    }

    @Transactional
    public PeriodResponse unlock(UUID planId, int year) {
        return changeLock(planId, year, PeriodLockChange.Action.UNLOCKED);
    }

    private PeriodResponse changeLock(UUID planId, int year, PeriodLockChange.Action action) {
        FrameworkAccess.visible(frameworks, caller, planId);
        PlanPeriod period = periods.find(planId, year, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException("reporting period of the plan", year));
        boolean locking = action == PeriodLockChange.Action.LOCKED;
        if (period.locked() == locking) {
            throw new ConflictException("The period " + year + " is already " + (locking ? "locked" : "unlocked") + ".",
                    Map.of("locked", period.locked()));
        }
        if (locking) {
            period.lock();
        } else {
            period.unlock();
        }
        periods.getEntityManager().persist(new PeriodLockChange(period.id(), action, caller.subject(),
                caller.organisationId().orElse(null), now()));
        periods.flush();
        audit.record(locking ? "period.locked" : "period.unlocked", "reporting-period", planId + "/" + year,
                period.version());
        return Views.period(period, periods.lockChanges(planId));
    }

    private PlanIndicator forUpdate(UUID planId, UUID indicatorId, String ifMatch) {
        FrameworkAccess.visible(frameworks, caller, planId);
        PlanIndicator row = planIndicators.findForUpdate(planId, indicatorId)
                .orElseThrow(() -> new ResourceNotFoundException(INDICATOR_RESOURCE, indicatorId));
        IfMatch.require(ifMatch, row.version());
        return row;
    }

    private PlanIndicatorResponse view(PlanIndicator row) {
        return Views.planIndicator(row, catalogue.findById(row.indicatorId()), progress.ofPlan(row.planId()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
