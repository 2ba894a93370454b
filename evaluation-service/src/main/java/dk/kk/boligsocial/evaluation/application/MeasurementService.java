package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.CommentRequest;
import dk.kk.boligsocial.evaluation.api.model.CommentResponse;
import dk.kk.boligsocial.evaluation.api.model.MeasurementRequest;
import dk.kk.boligsocial.evaluation.api.model.MeasurementResponse;
import dk.kk.boligsocial.evaluation.api.model.MeasurementUpdate;
import dk.kk.boligsocial.evaluation.api.model.ReviewRequest;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.Measurement;
import dk.kk.boligsocial.evaluation.domain.MeasurementContent;
import dk.kk.boligsocial.evaluation.domain.MeasurementComment;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.domain.PlanPeriod;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.IndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.MeasurementCommentRepository;
import dk.kk.boligsocial.evaluation.persistence.MeasurementRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanIndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanPeriodRepository;
import dk.kk.boligsocial.kit.api.ExpectedVersion;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ProblemException;
import dk.kk.boligsocial.kit.api.ProblemTypes;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.security.Roles;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values reported per indicator and period (by an evaluator, the plan's own housing organisation or the
 * municipality; only the assigned reporter and the municipality once someone is assigned), their correction and
 * review by the municipality (four eyes), and a comments thread per value. Every step is audited; approvals are
 * announced with {@code evaluation.measurement-approved.v1}. Locked periods take no values, changes or reviews; the
 * shared lock on the period keeps them from slipping in while the period is being locked.
 */
@ApplicationScoped
public class MeasurementService {

    private final FrameworkRepository frameworks;
    private final PlanIndicatorRepository planIndicators;
    private final PlanPeriodRepository periods;
    private final IndicatorRepository catalogue;
    private final MeasurementRepository measurements;
    private final MeasurementCommentRepository comments;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ReadModels readModels;
    private final Caller caller;
    private final Timestamps timestamps;

    public MeasurementService(FrameworkRepository frameworks, PlanIndicatorRepository planIndicators,
            PlanPeriodRepository periods, IndicatorRepository catalogue, MeasurementRepository measurements,
            MeasurementCommentRepository comments, Outbox outbox, AuditTrail audit, ReadModels readModels,
            Caller caller, Timestamps timestamps) {
        this.frameworks = frameworks;
        this.planIndicators = planIndicators;
        this.periods = periods;
        this.catalogue = catalogue;
        this.measurements = measurements;
        this.comments = comments;
        this.outbox = outbox;
        this.audit = audit;
        this.readModels = readModels;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    @Transactional
    public MeasurementResponse report(UUID planId, UUID indicatorId, MeasurementRequest request) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        requireReporter(row);
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = catalogue.findById(indicatorId);
        MeasurementContent content = MeasurementContent.check(indicator, frameworks.findById(planId).housingAreaIds(),
                request.value(), request.numerator(), request.denominator(), request.narrative(),
                Views.parts(request.breakdown()), errors);
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
        content.requireConsistent(indicator);
        period.requireOpen();
        boolean draft = Boolean.TRUE.equals(request.draft());
        Measurement measurement = new Measurement(row, request.year(), content, request.note(), draft,
                caller.subject(), caller.organisationId().orElse(null), timestamps.now());
        measurements.persist(measurement);
        measurements.flush();
        audit.record(draft ? "measurement.drafted" : "measurement.reported", Measurement.RESOURCE,
                measurement.id().toString(), measurement.version());
        return Views.measurement(measurement, indicatorId);
    }

    /** A DRAFT's new value, or the correction of a RETURNED one; it still has to be reported. */
    @Transactional
    public MeasurementResponse update(UUID planId, UUID indicatorId, UUID measurementId, ExpectedVersion expected,
            MeasurementUpdate request) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        requireReporter(row);
        Measurement measurement = lockedMeasurement(row, measurementId, expected);
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = catalogue.findById(indicatorId);
        MeasurementContent content = MeasurementContent.check(indicator, frameworks.findById(planId).housingAreaIds(),
                request.value(), request.numerator(), request.denominator(), request.narrative(),
                Views.parts(request.breakdown()), errors);
        TextRules.optional(errors, "note", request.note(), TextRules.MAX_LONG_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        content.requireConsistent(indicator);
        periods.find(planId, measurement.year(), LockModeType.PESSIMISTIC_READ).orElseThrow().requireOpen();
        measurement.correct(content, request.note());
        measurements.flush();
        audit.record("measurement.corrected", Measurement.RESOURCE, measurement.id().toString(), measurement.version());
        return Views.measurement(measurement, indicatorId);
    }

    /** Reports a DRAFT, or a corrected RETURNED value again, for review by the municipality. */
    @Transactional
    public MeasurementResponse submit(UUID planId, UUID indicatorId, UUID measurementId, ExpectedVersion expected) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        requireReporter(row);
        Measurement measurement = lockedMeasurement(row, measurementId, expected);
        periods.find(planId, measurement.year(), LockModeType.PESSIMISTIC_READ).orElseThrow().requireOpen();
        measurement.submit(caller.subject(), caller.organisationId().orElse(null), timestamps.now());
        measurements.flush();
        audit.record("measurement.reported", Measurement.RESOURCE, measurement.id().toString(), measurement.version());
        return Views.measurement(measurement, indicatorId);
    }

    @Transactional
    public MeasurementResponse review(UUID planId, UUID indicatorId, UUID measurementId, ExpectedVersion expected,
            ReviewRequest request) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        Measurement measurement = lockedMeasurement(row, measurementId, expected);
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
        UUID published = null;
        if (measurement.status() == Measurement.Status.APPROVED) {
            // Only approved values count: a returned one shows neither in the framework nor in the report.
            readModels.progressChanged(planId);
            Framework framework = frameworks.findById(planId);
            Indicator indicator = catalogue.findById(indicatorId);
            // evaluation.measurement-approved.v1 promises a number; a narrative's approval is audited, not announced.
            if (indicator.kind() != IndicatorKind.QUALITATIVE) {
                published = outbox.publish(planId, EvaluationEvents.measurementApproved(framework, indicator, measurement));
            }
        }
        audit.record("measurement." + request.outcome().name().toLowerCase(), Measurement.RESOURCE,
                measurement.id().toString(), measurement.version(), published);
        return Views.measurement(measurement, indicatorId);
    }

    /** A comment in the measurement's thread, by anyone who works on the plan's values; allowed in locked periods too. */
    @Transactional
    public CommentResponse comment(UUID planId, UUID indicatorId, UUID measurementId, CommentRequest request) {
        Measurement measurement = visibleMeasurement(planId, indicatorId, measurementId);
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "text", request.text(), TextRules.MAX_LONG_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MeasurementComment comment = new MeasurementComment(measurement.id(), caller.subject(),
                caller.organisationId().orElse(null), request.text(), timestamps.now());
        comments.persist(comment);
        comments.flush();
        audit.record("measurement.commented", "measurement-comment", comment.id().toString(), 0);
        return Views.comment(comment);
    }

    @Transactional
    public Page<CommentResponse> comments(UUID planId, UUID indicatorId, UUID measurementId, PageRequest page) {
        Measurement measurement = visibleMeasurement(planId, indicatorId, measurementId);
        List<MeasurementComment> rows = comments.page(KeysetQuery.by("createdAt", page)
                .where("measurementId = :m", "m", measurement.id()));
        return Page.fromLookahead(rows, page, c -> new Cursor(c.createdAt(), c.id()), Views::comment);
    }

    @Transactional
    public MeasurementResponse get(UUID planId, UUID indicatorId, UUID measurementId) {
        return Views.measurement(visibleMeasurement(planId, indicatorId, measurementId), indicatorId);
    }

    @Transactional
    public Page<MeasurementResponse> list(UUID planId, UUID indicatorId, PageRequest page) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        List<Measurement> rows = measurements.page(KeysetQuery.by("createdAt", page)
                .where("planIndicatorId = :pi", "pi", row.id()));
        return Page.fromLookahead(rows, page, m -> new Cursor(m.createdAt(), m.id()),
                m -> Views.measurement(m, indicatorId));
    }

    private PlanIndicator visiblePlanIndicator(UUID planId, UUID indicatorId) {
        caller.requireVisible(frameworks.findByIdOptional(planId), Framework::housingOrganisationId,
                Framework.RESOURCE, planId);
        return planIndicators.find(planId, indicatorId)
                .orElseThrow(() -> new ResourceNotFoundException(PlanIndicator.RESOURCE, indicatorId));
    }

    private Measurement visibleMeasurement(UUID planId, UUID indicatorId, UUID measurementId) {
        PlanIndicator row = visiblePlanIndicator(planId, indicatorId);
        return measurements.findByIdOptional(measurementId)
                .filter(m -> m.planIndicatorId().equals(row.id()))
                .orElseThrow(() -> new ResourceNotFoundException(Measurement.RESOURCE, measurementId));
    }

    // The row lock comes before the If-Match check, so of two changes with the same ETag exactly one wins.
    private Measurement lockedMeasurement(PlanIndicator row, UUID measurementId, ExpectedVersion expected) {
        Measurement measurement = measurements.findForUpdate(measurementId)
                .filter(m -> m.planIndicatorId().equals(row.id()))
                .orElseThrow(() -> new ResourceNotFoundException(Measurement.RESOURCE, measurementId));
        expected.require(measurement.version());
        return measurement;
    }

    /**
     * Once a reporter is assigned to the plan indicator, only they and the municipality report its values: 403
     * naming the rule for anyone else who could otherwise report (the role and organisation checks come first).
     */
    private void requireReporter(PlanIndicator row) {
        if (caller.hasRole(Roles.KOMMUNE) || row.mayReport(caller.subject())) {
            return;
        }
        throw new ProblemException(403, ProblemTypes.FORBIDDEN, "Forbidden", "Only the assigned reporter "
                + row.reporter() + " or the municipality may report this indicator of the plan.", null,
                Map.of("rule", "assigned-reporter", "reporter", row.reporter()));
    }
}
