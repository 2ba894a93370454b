package dk.kk.boligsocial.evaluation.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"theme", "rating", "findings"}, description = "The assessment of one theme of the plan.")
public record AssessmentValue(
        @Schema(example = "BOERN_UNGE_FAMILIER") String theme,
        @Schema(description = "1 (no effect) to 5 (goals clearly reached)", minimum = "1", maximum = "5", example = "4") Integer rating,
        @Schema(example = "Flere unge i klubber og fritidsjob.") String findings) {
}
