package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.EvaluationKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An evaluation of a plan. A DUE evaluation waits for its assessments.")
public record EvaluationResponse(
        UUID id,
        UUID planId,
        EvaluationKind kind,
        @Schema(description = "DUE or SUBMITTED", example = "SUBMITTED") String status,
        List<AssessmentValue> assessments,
        @Schema(nullable = true) String author,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(description = "Version; also the ETag for the submission") long version,
        Instant createdAt) {
}
