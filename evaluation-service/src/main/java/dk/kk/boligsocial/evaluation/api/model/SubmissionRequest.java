package dk.kk.boligsocial.evaluation.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The assessments that complete a due evaluation: one per theme of the plan.")
public record SubmissionRequest(List<AssessmentValue> assessments) {
}
