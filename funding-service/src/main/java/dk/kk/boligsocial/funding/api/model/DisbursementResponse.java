package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.DisbursementStatus;
import dk.kk.boligsocial.kit.api.MoneyValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A disbursement of the plan's schedule: planned, approved, paid, or paid and corrected.")
public record DisbursementResponse(
        UUID id,
        UUID planId,
        BudgetSource source,
        int year,
        MoneyValue amount,
        String reference,
        @Schema(description = "What remains of the commitment for this source and year (committed − paid, net of"
                + " corrections)")
        MoneyValue remainingCommitment,
        @Schema(nullable = true, description = "Who paid it; null until paid") String disbursedBy,
        @Schema(nullable = true, description = "When the payment was recorded; null until paid") Instant disbursedAt,
        DisbursementStatus status,
        String plannedBy,
        Instant plannedAt,
        @Schema(nullable = true) String approvedBy,
        @Schema(nullable = true, description = "The day the approval was decided") LocalDate approvedOn,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true, description = "The day the money was paid (the ledger entry's effective date)")
        LocalDate valueDate,
        @Schema(nullable = true, description = "Why the payment was corrected; null unless CORRECTED")
        String correctionReason,
        @Schema(nullable = true, description = "The reversing ledger entry; null unless CORRECTED")
        UUID reversalEntryId,
        @Schema(nullable = true) String correctedBy,
        @Schema(nullable = true) Instant correctedAt) {
}
