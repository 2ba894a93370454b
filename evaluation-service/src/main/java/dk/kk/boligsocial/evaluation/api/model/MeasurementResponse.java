package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reported value and its review. Only APPROVED values count towards progress.")
public record MeasurementResponse(
        UUID id,
        UUID planId,
        UUID indicatorId,
        int year,
        BigDecimal value,
        @Schema(nullable = true) String note,
        @Schema(description = "REPORTED, APPROVED or RETURNED", example = "REPORTED") String status,
        String reportedBy,
        @Schema(nullable = true) UUID reportedByOrganisation,
        Instant reportedAt,
        @Schema(nullable = true) String reviewedBy,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true) String reviewComment,
        @Schema(description = "Version; also the ETag for the review") long version) {
}
