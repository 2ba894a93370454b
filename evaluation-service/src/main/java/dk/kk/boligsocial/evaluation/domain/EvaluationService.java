package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.evaluation.api.AssessmentValue;
import dk.kk.boligsocial.evaluation.api.EvaluationKind;
import dk.kk.boligsocial.evaluation.api.EvaluationRequest;
import dk.kk.boligsocial.evaluation.api.EvaluationResponse;
import dk.kk.boligsocial.evaluation.api.SubmissionRequest;
import dk.kk.boligsocial.evaluation.events.EvaluationEventPublisher;
import dk.kk.boligsocial.evaluation.persistence.EvaluationRepository;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Baseline, midterm and final evaluations of a plan: a rating 1-5 and findings for every theme of the plan. Each
 * kind exists once per plan. The final evaluation is opened as due when the plan is completed and submitted through
 * {@link #submit}, which announces {@code evaluation.completed.v1}.
 */
@ApplicationScoped
public class EvaluationService {

    static final String RESOURCE = "evaluation";

    private final FrameworkRepository frameworks;
    private final EvaluationRepository evaluations;
    private final EvaluationEventPublisher publisher;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public EvaluationService(FrameworkRepository frameworks, EvaluationRepository evaluations,
            EvaluationEventPublisher publisher, AuditTrail audit, Caller caller, Clock clock) {
        this.frameworks = frameworks;
        this.evaluations = evaluations;
        this.publisher = publisher;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public EvaluationResponse create(UUID planId, EvaluationRequest request) {
        Framework framework = FrameworkAccess.visible(frameworks, caller, planId);
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "is required (BASELINE or MIDTERM)"));
        }
        List<Assessment> assessments = assessments(errors, request.assessments(), framework.themes());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        frameworks.findForUpdate(planId);
        Evaluation.Kind kind = Evaluation.Kind.valueOf(request.kind().name());
        evaluations.ofKind(planId, kind).ifPresent(existing -> {
            throw new ConflictException(existing.status() == Evaluation.Status.DUE
                    ? "The " + kind + " evaluation is open as due; submit it through its submission."
                    : "The plan has its " + kind + " evaluation already.",
                    Map.of("evaluationId", existing.id().toString(), "currentStatus", existing.status().name()));
        });
        if (kind == Evaluation.Kind.FINAL) {
            throw new ConflictException("The FINAL evaluation is opened when the plan is completed and is then"
                    + " submitted through its submission.", Map.of("planStatus", framework.status().name()));
        }
        Evaluation evaluation = Evaluation.due(planId, kind, now());
        evaluation.submit(assessments, caller.subject(), now());
        evaluations.persist(evaluation);
        evaluations.flush();
        audit.record("evaluation.submitted", RESOURCE, evaluation.id().toString(), evaluation.version());
        return Views.evaluation(evaluation);
    }

    @Transactional
    public EvaluationResponse submit(UUID planId, UUID evaluationId, String ifMatch, SubmissionRequest request) {
        Framework framework = FrameworkAccess.visible(frameworks, caller, planId);
        Evaluation evaluation = evaluations.findForUpdate(evaluationId)
                .filter(e -> e.planId().equals(planId))
                .orElseThrow(() -> new ResourceNotFoundException(RESOURCE, evaluationId));
        IfMatch.require(ifMatch, evaluation.version());
        List<FieldError> errors = new ArrayList<>();
        List<Assessment> assessments = assessments(errors, request.assessments(), framework.themes());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (evaluation.status() != Evaluation.Status.DUE) {
            throw new ConflictException("The evaluation has been submitted already.",
                    Map.of("currentStatus", evaluation.status().name()));
        }
        evaluation.submit(assessments, caller.subject(), now());
        evaluations.flush();
        if (evaluation.kind() == Evaluation.Kind.FINAL) {
            publisher.completed(framework, evaluation);
        }
        audit.record("evaluation.submitted", RESOURCE, evaluation.id().toString(), evaluation.version());
        return Views.evaluation(evaluation);
    }

    @Transactional
    public EvaluationResponse get(UUID planId, UUID evaluationId) {
        FrameworkAccess.visible(frameworks, caller, planId);
        return evaluations.findByIdOptional(evaluationId)
                .filter(e -> e.planId().equals(planId))
                .map(Views::evaluation)
                .orElseThrow(() -> new ResourceNotFoundException(RESOURCE, evaluationId));
    }

    @Transactional
    public Page<EvaluationResponse> list(UUID planId, EvaluationKind kind, PageRequest page) {
        FrameworkAccess.visible(frameworks, caller, planId);
        KeysetQuery query = KeysetQuery.by("createdAt", page).where("planId = :plan", "plan", planId);
        if (kind != null) {
            query.where("kind = :kind", "kind", Evaluation.Kind.valueOf(kind.name()));
        }
        List<Evaluation> rows = evaluations.page(query);
        return Page.fromLookahead(rows, page, e -> new Cursor(e.createdAt(), e.id()), Views::evaluation);
    }

    /** Exactly one assessment per theme of the plan, each with a rating 1-5 and findings. */
    private static List<Assessment> assessments(List<FieldError> errors, List<AssessmentValue> values, List<String> themes) {
        if (values == null || values.isEmpty()) {
            errors.add(new FieldError("assessments", "must assess every theme of the plan: " + String.join(", ", themes)));
            return List.of();
        }
        List<Assessment> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String field = "assessments[" + i + "]";
            AssessmentValue value = values.get(i);
            if (value == null) {
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            if (value.theme() == null || !themes.contains(value.theme())) {
                errors.add(new FieldError(field + ".theme", "must be a theme of the plan (" + String.join(", ", themes) + ")"));
            } else if (!seen.add(value.theme())) {
                errors.add(new FieldError(field + ".theme", "is assessed twice"));
            }
            if (value.rating() == null) {
                errors.add(new FieldError(field + ".rating", "is required"));
            } else if (value.rating() < 1 || value.rating() > 5) {
                errors.add(new FieldError(field + ".rating", "must be between 1 and 5"));
            }
            TextRules.required(errors, field + ".findings", value.findings(), TextRules.MAX_LONG_TEXT);
            if (value.theme() != null && value.rating() != null && value.findings() != null) {
                result.add(new Assessment(value.theme(), value.rating(), value.findings()));
            }
        }
        List<String> missing = themes.stream().filter(t -> !seen.contains(t)).toList();
        if (!missing.isEmpty() && errors.stream().noneMatch(e -> e.field().endsWith(".theme"))) {
            errors.add(new FieldError("assessments", "must assess every theme of the plan; missing: " + String.join(", ", missing)));
        }
        return result;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
