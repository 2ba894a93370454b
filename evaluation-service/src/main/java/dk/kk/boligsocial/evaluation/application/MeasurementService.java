package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.MeasurementRequest;
import dk.kk.boligsocial.evaluation.api.model.MeasurementResponse;
import dk.kk.boligsocial.evaluation.api.model.ReviewRequest;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Measurement;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.IndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.MeasurementRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanIndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanPeriodRepository;
import dk.kk.boligsocial.kit.api.ExpectedVersion;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Values reported per indicator and period (by an evaluator or the plan's own housing organisation) and their
 * review by the municipality. Locked periods take neither; the shared lock on the period keeps a report or review
 * from slipping in while the period is being locked.
 */
@ApplicationScoped
public class MeasurementService {

    private final FrameworkRepository frameworks;
    private final PlanIndicatorRepository planIndicators;
    private final PlanPeriodRepository periods;
    private final IndicatorRepository catalogue;
    private final MeasurementRepository measurements;
    private final AuditTrail audit;
    private final ReadModels readModels;
    private final Caller caller;
    private final Timestamps timestamps;

    public MeasurementService(FrameworkRepository frameworks, PlanIndicatorRepository planIndicators,
            PlanPeriodRepository periods, IndicatorRepository catalogue, MeasurementRepository measurements,
            AuditTrail audit, ReadModels readModels, Caller caller, Timestamps timestamps) {
        this.frameworks = frameworks;
        this.planIndicators = planIndicators;
        this.periods = periods;
        this.catalogue = catalogue;
        this.measurements = measurements;
        this.audit = audit;
        this.readModels = readModels;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    @Transactional
    public MeasurementResponse report(UUID planId, UUID indicatorId, MeasurementRequest request) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        List<FieldError> errors = new ArrayList<>();
        catalogue.findById(indicatorId).scale().check(errors, "value", request.value());
        TextRules.optional(errors, "note", request.note(), TextRules.MAX_LONG_TEXT);
        PlanPeriod period = null;
        if (request.year() == null) {
            errors.add(new FieldError("year", "is required"));
        } else {
            period = periods.find(planId, request.year(), LockModeType.PESSIMISTIC_READ).orElse(null);
            if (period == null) {
                List<PlanPeriod> all = periods.ofPlan(planId);
                errors.add(new FieldError("year", "must be a reporting period of the plan ("
                        + all.get(0).year() + "-" + all.get(all.size() - 1).year() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        period.requireOpen();
        Measurement measurement = new Measurement(row, request.year(), request.value(), request.note(),
                caller.subject(), caller.organisationId().orElse(null), timestamps.now());
        measurements.persist(measurement);
        measurements.flush();
        audit.record("measurement.reported", Measurement.RESOURCE, measurement.id().toString(), measurement.version());
        return Views.measurement(measurement, indicatorId);
    }

    @Transactional
    public MeasurementResponse review(UUID planId, UUID indicatorId, UUID measurementId, ExpectedVersion expected,
            ReviewRequest request) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        Measurement measurement = measurements.findForUpdate(measurementId)
                .filter(m -> m.planIndicatorId().equals(row.id()))
                .orElseThrow(() -> new ResourceNotFoundException(Measurement.RESOURCE, measurementId));
        expected.require(measurement.version());
        List<FieldError> errors = new ArrayList<>();
        if (request.outcome() == null) {
            errors.add(new FieldError("outcome", "is required (APPROVED or RETURNED)"));
        } else if (request.outcome() == ReviewRequest.Outcome.RETURNED) {
            TextRules.required(errors, "comment", request.comment(), TextRules.MAX_LONG_TEXT);
        } else {
            TextRules.optional(errors, "comment", request.comment(), TextRules.MAX_LONG_TEXT);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        periods.find(planId, measurement.year(), LockModeType.PESSIMISTIC_READ).orElseThrow().requireOpen();
        switch (request.outcome()) {
            case APPROVED -> measurement.approve(request.comment(), caller.subject(), timestamps.now());
            case RETURNED -> measurement.returnForCorrection(request.comment(), caller.subject(), timestamps.now());
        }
        measurements.flush();
        if (measurement.status() == Measurement.Status.APPROVED) {
            // Only approved values count: a returned one shows neither in the framework nor in the report.
            readModels.progressChanged(planId);
        }
        audit.record("measurement." + request.outcome().name().toLowerCase(), Measurement.RESOURCE,
                measurement.id().toString(), measurement.version());
        return Views.measurement(measurement, indicatorId);
    }

    @Transactional
    public MeasurementResponse get(UUID planId, UUID indicatorId, UUID measurementId) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        Measurement measurement = measurements.findByIdOptional(measurementId)
                .filter(m -> m.planIndicatorId().equals(row.id()))
                .orElseThrow(() -> new ResourceNotFoundException(Measurement.RESOURCE, measurementId));
        return Views.measurement(measurement, indicatorId);
    }

    @Transactional
    public Page<MeasurementResponse> list(UUID planId, UUID indicatorId, PageRequest page) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        List<Measurement> rows = measurements.page(KeysetQuery.by("reportedAt", page)
                .where("planIndicatorId = :pi", "pi", row.id()));
        return Page.fromLookahead(rows, page, m -> new Cursor(m.reportedAt(), m.id()),
                m -> Views.measurement(m, indicatorId));
    }

    private PlanIndicator visiblePlanIndicator(UUID planId, UUID indicatorId) {
        caller.requireVisible(frameworks.findByIdOptional(planId), Framework::housingOrganisationId,
                Framework.RESOURCE, planId);
        return planIndicators.find(planId, indicatorId)
                .orElseThrow(() -> new ResourceNotFoundException(PlanIndicator.RESOURCE, indicatorId));
    }
}
