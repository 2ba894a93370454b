package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.domain.DueRule;
import dk.kk.boligsocial.evaluation.domain.Evaluation;
import dk.kk.boligsocial.evaluation.domain.EvaluationKind;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.PeriodRules;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.evaluation.persistence.EvaluationRepository;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.IndicatorRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.IndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanIndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanPeriodRepository;
import dk.kk.boligsocial.evaluation.persistence.ScheduleQueries;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.messaging.cloudevents.PermanentEventFailure;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A plan's framework follows the plan: it is created when the plan is granted and completed, with its final
 * evaluation opened as due, when the plan is completed. Both are reactions to plans-service's events, so they run
 * as the system, with the event id as correlation id of their audit records.
 */
@ApplicationScoped
public class FrameworkLifecycle {

    private static final Logger LOG = Logger.getLogger(FrameworkLifecycle.class);

    private final FrameworkRepository frameworks;
    private final PlanIndicatorRepository planIndicators;
    private final PlanPeriodRepository periods;
    private final IndicatorRepository catalogue;
    private final EvaluationRepository evaluations;
    private final ScheduleQueries schedule;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ReadModels readModels;
    private final Timestamps timestamps;

    public FrameworkLifecycle(FrameworkRepository frameworks, PlanIndicatorRepository planIndicators,
            PlanPeriodRepository periods, IndicatorRepository catalogue, EvaluationRepository evaluations,
            ScheduleQueries schedule, Outbox outbox, AuditTrail audit, ReadModels readModels, Timestamps timestamps) {
        this.schedule = schedule;
        this.frameworks = frameworks;
        this.planIndicators = planIndicators;
        this.periods = periods;
        this.catalogue = catalogue;
        this.evaluations = evaluations;
        this.outbox = outbox;
        this.audit = audit;
        this.readModels = readModels;
        this.timestamps = timestamps;
    }

    /**
     * Creates the framework of a granted plan: the catalogue indicators of its themes, in the order of its themes,
     * and one reporting period per calendar year of its period, due by its round's rule; announces it with
     * {@code evaluation.framework-created.v1}. A plan that has a framework already keeps it, and nothing is
     * announced again (the same grant may arrive under a new event id).
     */
    @Transactional
    public void createFramework(PlanGrantedV1 grant, String eventId) {
        if (frameworks.findById(grant.planId()) != null) {
            LOG.infof("plan %s has an evaluation framework already; %s changes nothing", grant.planId(), eventId);
            return;
        }
        Instant now = timestamps.now();
        Framework framework = new Framework(grant.planId(), grant.roundId(), grant.housingOrganisationId(),
                grant.title(), grant.themes(), grant.housingAreaIds(), grant.periodStart(), grant.periodEnd(), now);
        frameworks.persist(framework);
        List<PlanPeriod> planPeriods = PeriodRules.reportingPeriods(grant.planId(), grant.periodStart(), grant.periodEnd(),
                schedule.dueRule(grant.roundId()).orElse(DueRule.DEFAULT));
        periods.persist(planPeriods);
        List<Indicator> indicators = catalogue.ofThemes(grant.roundId(), grant.themes()).stream()
                .sorted(Comparator.comparingInt(indicator -> grant.themes().indexOf(indicator.theme())))
                .toList();
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            PlanIndicator planIndicator = new PlanIndicator(grant.planId(), indicators.get(i).id(), i, now);
            planIndicators.persist(planIndicator);
            rows.add(Views.row(planIndicator, indicators.get(i)));
        }
        // Inserted with the framework, period and indicator rows, one batch per table (statement-batch-size): a new
        // framework has no baselines, targets, actuals or lock changes, so its view needs nothing read back.
        readModels.created(framework.planId(), framework.housingOrganisationId(), Views.framework(Views.row(framework),
                planPeriods.stream().map(Views::row).toList(), rows, PlanFigures.none(), List.of()));
        outbox.publish(framework.planId(), EvaluationEvents.frameworkCreated(framework, planPeriods, indicators));
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, null, eventId, "framework.created", "framework",
                grant.planId().toString(), framework.version());
    }

    /**
     * The plan has ended: its framework is marked completed and its FINAL evaluation opened as due, each once.
     *
     * @throws PermanentEventFailure if the plan has no framework: its grant never reached this service, and
     *                               retrying will not change that
     */
    @Transactional
    public void openFinalEvaluation(PlanCompletedV1 completion, String eventId) {
        Framework framework = frameworks.findForUpdate(completion.planId()).orElseThrow(() -> new PermanentEventFailure(
                "plan " + completion.planId() + " is completed but has no evaluation framework (no plan.granted.v1 seen)"));
        Instant now = timestamps.now();
        if (framework.complete(now)) {
            frameworks.flush();
            readModels.frameworkChanged(framework.planId());
            audit.recordAs(AuditTrail.SYSTEM_ACTOR, null, eventId, "framework.completed", "framework",
                    framework.planId().toString(), framework.version());
        }
        if (evaluations.ofKind(framework.planId(), EvaluationKind.FINAL).isEmpty()) {
            Evaluation finalEvaluation = Evaluation.due(framework.planId(), EvaluationKind.FINAL, now);
            evaluations.persist(finalEvaluation);
            evaluations.flush();
            audit.recordAs(AuditTrail.SYSTEM_ACTOR, null, eventId, "evaluation.opened", "evaluation",
                    finalEvaluation.id().toString(), finalEvaluation.version());
        }
    }
}
