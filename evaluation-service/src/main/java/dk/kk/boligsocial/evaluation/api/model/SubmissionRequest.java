package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.AssessmentRules;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"assessments"}, description = "The assessments that complete a due evaluation: one per theme of the plan.")
public record SubmissionRequest(@Schema(maxItems = AssessmentRules.MAX_ASSESSMENTS) List<AssessmentValue> assessments) {
}
