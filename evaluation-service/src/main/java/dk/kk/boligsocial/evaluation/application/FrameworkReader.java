package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.FrameworkResponse;
import dk.kk.boligsocial.evaluation.api.model.PeriodResponse;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.PeriodLockChange;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.IndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PeriodLockChangeRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanIndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanPeriodRepository;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plan's framework as the caller may see it: its periods and indicators with their progress. */
@ApplicationScoped
public class FrameworkReader {

    private final FrameworkRepository frameworks;
    private final PlanIndicatorRepository planIndicators;
    private final PlanPeriodRepository periods;
    private final PeriodLockChangeRepository lockChanges;
    private final IndicatorRepository catalogue;
    private final ProgressQueries progress;
    private final Caller caller;

    public FrameworkReader(FrameworkRepository frameworks, PlanIndicatorRepository planIndicators,
            PlanPeriodRepository periods, PeriodLockChangeRepository lockChanges, IndicatorRepository catalogue,
            ProgressQueries progress, Caller caller) {
        this.frameworks = frameworks;
        this.planIndicators = planIndicators;
        this.periods = periods;
        this.lockChanges = lockChanges;
        this.catalogue = catalogue;
        this.progress = progress;
        this.caller = caller;
    }

    @Transactional
    public FrameworkResponse get(UUID planId) {
        Framework framework = caller.requireVisible(frameworks.findByIdOptional(planId),
                Framework::housingOrganisationId, Framework.RESOURCE, planId);
        List<PlanIndicator> rows = planIndicators.ofPlan(planId);
        Map<UUID, Indicator> indicators = catalogue.byIds(rows.stream().map(PlanIndicator::indicatorId).toList());
        List<ProgressQueries.PeriodProgress> periodProgress = progress.ofPlan(planId);
        List<PeriodLockChange> changes = lockChanges.ofPlan(planId);
        List<PeriodResponse> periodViews = periods.ofPlan(planId).stream().map(p -> Views.period(p, changes)).toList();
        return Views.framework(framework, periodViews, rows.stream()
                .map(p -> Views.planIndicator(p, indicators.get(p.indicatorId()), periodProgress)).toList());
    }

    @Transactional
    public PlanIndicatorResponse indicator(UUID planId, UUID indicatorId) {
        caller.requireVisible(frameworks.findByIdOptional(planId), Framework::housingOrganisationId,
                Framework.RESOURCE, planId);
        PlanIndicator row = planIndicators.find(planId, indicatorId)
                .orElseThrow(() -> new ResourceNotFoundException(PlanIndicator.RESOURCE, indicatorId));
        return Views.planIndicator(row, catalogue.findById(indicatorId), progress.ofPlan(planId));
    }
}
