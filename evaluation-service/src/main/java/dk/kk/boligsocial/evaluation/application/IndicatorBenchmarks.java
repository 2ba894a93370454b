package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.BaselineRequest;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.api.model.ReporterRequest;
import dk.kk.boligsocial.evaluation.api.model.TargetRequest;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.evaluation.domain.TargetBreakdown;
import dk.kk.boligsocial.evaluation.domain.TargetPart;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.IndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanIndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanPeriodRepository;
import dk.kk.boligsocial.kit.api.ExpectedVersion;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a plan indicator's progress is measured against: its baseline and its target per reporting period, set by
 * the municipality or an evaluator, in the indicator's unit.
 */
@ApplicationScoped
public class IndicatorBenchmarks {

    /** A token subject as the identity providers issue them is far shorter; this only caps what is stored. */
    static final int MAX_SUBJECT = 200;

    private final FrameworkRepository frameworks;
    private final PlanIndicatorRepository planIndicators;
    private final PlanPeriodRepository periods;
    private final IndicatorRepository catalogue;
    private final ReadModels readModels;
    private final AuditTrail audit;
    private final Caller caller;
    private final Timestamps timestamps;

    public IndicatorBenchmarks(FrameworkRepository frameworks, PlanIndicatorRepository planIndicators,
            PlanPeriodRepository periods, IndicatorRepository catalogue, ReadModels readModels, AuditTrail audit,
            Caller caller, Timestamps timestamps) {
        this.frameworks = frameworks;
        this.planIndicators = planIndicators;
        this.periods = periods;
        this.catalogue = catalogue;
        this.readModels = readModels;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    @Transactional
    public PlanIndicatorResponse setBaseline(UUID planId, UUID indicatorId, ExpectedVersion expected,
            BaselineRequest request) {
        PlanIndicator row = lockedRow(planId, indicatorId, expected);
        List<FieldError> errors = new ArrayList<>();
        numbered(catalogue.findById(indicatorId)).scale().check(errors, "value", request.value());
        if (request.date() == null) {
            errors.add(new FieldError("date", "is required"));
        }
        TextRules.optional(errors, "source", request.source(), TextRules.MAX_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        row.setBaseline(request.value(), request.date(), request.source(), timestamps.now());
        planIndicators.flush();
        audit.record("indicator.baseline-set", "plan-indicator", row.id().toString(), row.version());
        return changed(planId, indicatorId);
    }

    @Transactional
    public PlanIndicatorResponse setTarget(UUID planId, UUID indicatorId, int year, ExpectedVersion expected,
            TargetRequest request) {
        PlanIndicator row = lockedRow(planId, indicatorId, expected);
        // Shared lock: a target cannot slip into a period while it is being locked.
        PlanPeriod period = periods.find(planId, year, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> new ResourceNotFoundException(PlanPeriod.RESOURCE, year));
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = numbered(catalogue.findById(indicatorId));
        indicator.scale().check(errors, "value", request.value());
        List<TargetPart> parts = TargetBreakdown.check(indicator, frameworks.findById(planId).housingAreaIds(), year,
                Views.parts(request.breakdown()), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TargetBreakdown.requireConsistent(indicator, request.value(), parts);
        row.setTarget(period, request.value(), parts, timestamps.now());
        planIndicators.flush();
        audit.record("indicator.target-set", "plan-indicator", row.id().toString(), row.version());
        return changed(planId, indicatorId);
    }

    /** Who reports the indicator besides the municipality (a token subject); null lets anyone who may report. */
    @Transactional
    public PlanIndicatorResponse assignReporter(UUID planId, UUID indicatorId, ExpectedVersion expected,
            ReporterRequest request) {
        PlanIndicator row = lockedRow(planId, indicatorId, expected);
        List<FieldError> errors = new ArrayList<>();
        if (request.reporter() != null) {
            TextRules.required(errors, "reporter", request.reporter(), MAX_SUBJECT);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        row.assignReporter(request.reporter(), timestamps.now());
        planIndicators.flush();
        audit.record(request.reporter() == null ? "indicator.reporter-cleared" : "indicator.reporter-assigned",
                "plan-indicator", row.id().toString(), row.version());
        return changed(planId, indicatorId);
    }

    // A narrative has nothing to measure progress from: 400 naming the rule, before any number is looked at.
    private static Indicator numbered(Indicator indicator) {
        if (indicator.kind() == IndicatorKind.QUALITATIVE) {
            throw new InvalidInputException("value", "a QUALITATIVE indicator has no baseline or target (it has no number)");
        }
        return indicator;
    }

    // The row lock comes before the If-Match check, so of two updates with the same ETag exactly one wins.
    private PlanIndicator lockedRow(UUID planId, UUID indicatorId, ExpectedVersion expected) {
        caller.requireVisible(frameworks.findByIdOptional(planId), Framework::housingOrganisationId,
                Framework.RESOURCE, planId);
        PlanIndicator row = planIndicators.findForUpdate(planId, indicatorId)
                .orElseThrow(() -> new ResourceNotFoundException(PlanIndicator.RESOURCE, indicatorId));
        expected.require(row.version());
        return row;
    }

    // The answer is the indicator as the rewritten framework view shows it: read once, for both.
    private PlanIndicatorResponse changed(UUID planId, UUID indicatorId) {
        return readModels.progressChanged(planId).indicators().stream()
                .filter(indicator -> indicator.indicatorId().equals(indicatorId))
                .findFirst().orElseThrow();
    }
}
