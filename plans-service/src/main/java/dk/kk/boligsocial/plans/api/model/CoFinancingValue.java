package dk.kk.boligsocial.plans.api.model;

import dk.kk.boligsocial.plans.domain.CoFinancingState;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the plan's municipal co-financing stands, as funding-service last announced it. An approval"
        + " or grant of a plan whose co-financing is REFUSED needs coFinancingOverride (else 409).")
public record CoFinancingValue(
        @Schema(description = "PENDING until funding-service has answered; RESERVED, REFUSED, COMMITTED, RELEASED, CLOSED after",
                example = "RESERVED") CoFinancingState state,
        @Schema(description = "Why funding-service refused it; empty unless REFUSED") List<RefusalReasonValue> reasons,
        @Schema(nullable = true, description = "When funding-service decided it; null while PENDING") Instant decidedAt) {
}
