package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.domain.RuleCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An accepted amendment of a plan's municipal commitments; its ledger entries name its id.")
public record AmendmentResponse(
        UUID id,
        UUID planId,
        String reference,
        LocalDate decidedOn,
        @Schema(description = "The municipal commitments before, per year") List<BudgetLineValue> previous,
        @Schema(description = "The municipal commitments after, per year") List<BudgetLineValue> amended,
        @Schema(description = "The round's co-financing rules applied to the amended budget") List<RuleCheck> ruleChecks,
        String amendedBy,
        Instant amendedAt) {
}
