package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value and its review: DRAFT → REPORTED → APPROVED, or RETURNED → corrected and REPORTED again."
        + " Only APPROVED values count towards progress.")
public record MeasurementResponse(
        UUID id,
        UUID planId,
        UUID indicatorId,
        int year,
        @Schema(nullable = true, description = "Null for a QUALITATIVE indicator") BigDecimal value,
        @Schema(nullable = true) String note,
        @Schema(nullable = true, description = "RATIO: the numerator") BigDecimal numerator,
        @Schema(nullable = true, description = "RATIO: the denominator") BigDecimal denominator,
        @Schema(nullable = true, description = "QUALITATIVE: the account of the period") String narrative,
        @Schema(description = "Parts per dimension value; empty: none") List<BreakdownValue> breakdown,
        @Schema(description = "DRAFT, REPORTED, APPROVED or RETURNED", example = "REPORTED") String status,
        @Schema(description = "Who created the value (a draft or a direct report)") String createdBy,
        Instant createdAt,
        @Schema(nullable = true, description = "Who last reported it; null while a draft was never reported") String reportedBy,
        @Schema(nullable = true) UUID reportedByOrganisation,
        @Schema(nullable = true, description = "When it was last reported") Instant reportedAt,
        @Schema(nullable = true, description = "The latest review, kept when a returned value is reported again") String reviewedBy,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true) String reviewComment,
        @Schema(description = "Version; also the ETag for changes, submission and review") long version) {
}
