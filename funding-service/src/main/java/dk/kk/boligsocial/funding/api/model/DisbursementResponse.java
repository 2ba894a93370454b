package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.kit.api.MoneyValue;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recorded disbursement.")
public record DisbursementResponse(
        UUID id,
        UUID planId,
        BudgetSource source,
        int year,
        MoneyValue amount,
        String reference,
        @Schema(description = "What remains of the commitment for this source and year right after the disbursement")
        MoneyValue remainingCommitment,
        String disbursedBy,
        Instant disbursedAt) {
}
