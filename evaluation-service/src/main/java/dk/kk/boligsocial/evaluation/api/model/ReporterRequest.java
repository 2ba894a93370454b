package dk.kk.boligsocial.evaluation.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who reports an indicator of the plan: the subject of their token. Once someone is assigned, only"
        + " they and the municipality may report, change or submit its measurements; null lets anyone who may report"
        + " do so again.")
public record ReporterRequest(
        @Schema(nullable = true, description = "At most 200 characters; null to clear", example = "evaluator-cbu") String reporter) {
}
