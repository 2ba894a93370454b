package dk.kk.boligsocial.evaluation.api.model;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A comment in a measurement's thread.")
public record CommentResponse(
        UUID id,
        UUID measurementId,
        @Schema(description = "Who wrote it (the subject of their token)") String author,
        @Schema(nullable = true) UUID authorOrganisationId,
        String text,
        Instant createdAt) {
}
