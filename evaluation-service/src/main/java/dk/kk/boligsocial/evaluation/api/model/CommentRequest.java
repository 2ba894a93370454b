package dk.kk.boligsocial.evaluation.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"text"}, description = "A comment on a measurement, e.g. a question about a value or its answer.")
public record CommentRequest(
        @Schema(description = "At most 4000 characters", example = "Er afdeling 3 talt med i 2013?") String text) {
}
