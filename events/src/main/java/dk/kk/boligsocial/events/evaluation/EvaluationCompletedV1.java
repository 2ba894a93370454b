package dk.kk.boligsocial.events.evaluation;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The final evaluation (slutevaluering) of a completed plan has been submitted.
 *
 * <p>Emitted by evaluation-service when the FINAL evaluation, opened as due on
 * {@code plan.completed.v1}, is submitted with a rating and findings for every theme of the plan.
 *
 * @param planId                the plan; also the record key and {@code ce_subject}
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param evaluationId          the evaluation
 * @param assessments           one per theme of the plan, in the plan's theme order
 * @param author                who submitted it (the subject of their token)
 * @param submittedAt           when it was submitted
 */
public record EvaluationCompletedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        UUID evaluationId,
        List<ThemeAssessment> assessments,
        String author,
        Instant submittedAt) implements EvaluationEvent {

    public EvaluationCompletedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId);
        Objects.requireNonNull(evaluationId, "evaluationId");
        assessments = PayloadRules.nonEmpty(assessments, "assessments");
        PayloadRules.text(author, "author");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
