package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.AssessmentValue;
import dk.kk.boligsocial.evaluation.api.model.EvaluationRequest;
import dk.kk.boligsocial.evaluation.api.model.EvaluationResponse;
import dk.kk.boligsocial.evaluation.api.model.SubmissionRequest;
import dk.kk.boligsocial.evaluation.domain.Assessment;
import dk.kk.boligsocial.evaluation.domain.AssessmentRules;
import dk.kk.boligsocial.evaluation.domain.Evaluation;
import dk.kk.boligsocial.evaluation.domain.EvaluationKind;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.ProposedAssessment;
import dk.kk.boligsocial.evaluation.persistence.EvaluationRepository;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.ExpectedVersion;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Baseline, midterm and final evaluations of a plan: a rating 1-5 and findings for every theme of the plan. Each
 * kind exists once per plan. The final evaluation is opened as due when the plan is completed
 * ({@link FrameworkLifecycle#openFinalEvaluation}) and submitted through {@link #submit}, which announces
 * {@code evaluation.completed.v1}.
 */
@ApplicationScoped
public class EvaluationService {

    private final FrameworkRepository frameworks;
    private final EvaluationRepository evaluations;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ReadModels readModels;
    private final Caller caller;
    private final Timestamps timestamps;

    public EvaluationService(FrameworkRepository frameworks, EvaluationRepository evaluations, Outbox outbox,
            AuditTrail audit, ReadModels readModels, Caller caller, Timestamps timestamps) {
        this.frameworks = frameworks;
        this.evaluations = evaluations;
        this.outbox = outbox;
        this.audit = audit;
        this.readModels = readModels;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    @Transactional
    public EvaluationResponse create(UUID planId, EvaluationRequest request) {
        Framework framework = visibleFramework(planId);
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "is required (BASELINE or MIDTERM)"));
        }
        List<Assessment> assessments = AssessmentRules.check(errors, proposed(request.assessments()), framework.themes());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // The framework's row lock makes "each kind once per plan" hold for concurrent submissions too.
        frameworks.findForUpdate(planId);
        EvaluationKind kind = request.kind();
        evaluations.ofKind(planId, kind).ifPresent(existing -> {
            throw new ConflictException(existing.status() == Evaluation.Status.DUE
                    ? "The " + kind + " evaluation is open as due; submit it through its submission."
                    : "The plan has its " + kind + " evaluation already.",
                    Map.of("evaluationId", existing.id().toString(), "currentStatus", existing.status().name()));
        });
        if (kind == EvaluationKind.FINAL) {
            throw new ConflictException("The FINAL evaluation is opened when the plan is completed and is then"
                    + " submitted through its submission.", Map.of("planStatus", framework.status().name()));
        }
        Evaluation evaluation = Evaluation.due(planId, kind, timestamps.now());
        evaluation.submit(assessments, caller.subject(), timestamps.now());
        evaluations.persist(evaluation);
        evaluations.flush();
        readModels.ratingsChanged(planId);
        audit.record("evaluation.submitted", Evaluation.RESOURCE, evaluation.id().toString(), evaluation.version());
        return Views.evaluation(evaluation);
    }

    @Transactional
    public EvaluationResponse submit(UUID planId, UUID evaluationId, ExpectedVersion expected,
            SubmissionRequest request) {
        Framework framework = visibleFramework(planId);
        Evaluation evaluation = evaluations.findForUpdate(evaluationId)
                .filter(e -> e.planId().equals(planId))
                .orElseThrow(() -> new ResourceNotFoundException(Evaluation.RESOURCE, evaluationId));
        expected.require(evaluation.version());
        List<FieldError> errors = new ArrayList<>();
        List<Assessment> assessments = AssessmentRules.check(errors, proposed(request.assessments()), framework.themes());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        evaluation.submit(assessments, caller.subject(), timestamps.now());
        evaluations.flush();
        readModels.ratingsChanged(planId);
        if (evaluation.kind() == EvaluationKind.FINAL) {
            outbox.publish(planId, EvaluationEvents.evaluationCompleted(framework, evaluation));
        }
        audit.record("evaluation.submitted", Evaluation.RESOURCE, evaluation.id().toString(), evaluation.version());
        return Views.evaluation(evaluation);
    }

    @Transactional
    public EvaluationResponse get(UUID planId, UUID evaluationId) {
        visibleFramework(planId);
        return evaluations.findByIdOptional(evaluationId)
                .filter(e -> e.planId().equals(planId))
                .map(Views::evaluation)
                .orElseThrow(() -> new ResourceNotFoundException(Evaluation.RESOURCE, evaluationId));
    }

    @Transactional
    public Page<EvaluationResponse> list(UUID planId, EvaluationKind kind, PageRequest page) {
        visibleFramework(planId);
        KeysetQuery query = KeysetQuery.by("createdAt", page).where("planId = :plan", "plan", planId);
        if (kind != null) {
            query.where("kind = :kind", "kind", kind);
        }
        List<Evaluation> rows = evaluations.page(query);
        return Page.fromLookahead(rows, page, e -> new Cursor(e.createdAt(), e.id()), Views::evaluation);
    }

    private Framework visibleFramework(UUID planId) {
        return caller.requireVisible(frameworks.findByIdOptional(planId), Framework::housingOrganisationId,
                Framework.RESOURCE, planId);
    }

    private static List<ProposedAssessment> proposed(List<AssessmentValue> values) {
        return values == null ? null : values.stream()
                .map(v -> v == null ? null : new ProposedAssessment(v.theme(), v.rating(), v.findings()))
                .toList();
    }
}
