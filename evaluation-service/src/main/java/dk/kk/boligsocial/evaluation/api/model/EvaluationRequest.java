package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.EvaluationKind;
import dk.kk.boligsocial.evaluation.domain.AssessmentRules;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"kind", "assessments"}, description = "A baseline or midterm evaluation: a rating and findings for every theme of the plan.")
public record EvaluationRequest(
        @Schema(description = "BASELINE or MIDTERM; the FINAL evaluation is opened when the plan is completed and submitted through its submission")
        EvaluationKind kind,
        @Schema(maxItems = AssessmentRules.MAX_ASSESSMENTS) List<AssessmentValue> assessments) {
}
