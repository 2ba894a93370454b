package dk.kk.boligsocial.plans.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reason funding-service gave for refusing the municipal co-financing.")
public record RefusalReasonValue(
        @Schema(description = "NO_POOL, POOL_EXHAUSTED, YEAR_EXHAUSTED, YEAR_NOT_IN_POOL or RULE_FAILED", example = "POOL_EXHAUSTED") String code,
        @Schema(example = "total: 2,000,000.00 requested, 1,000,000.00 available") String message) {
}
