package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One ledger entry of a round, exactly the fields its hash covers, with its place in the chain:"
        + " an export that VerifyPoolChain (events jar) checks offline. kind: RESERVATION, RELEASE, COMMITMENT,"
        + " COMMITMENT_RELEASE, DISBURSEMENT, DISBURSEMENT_REVERSAL.")
public record LedgerEntryValue(
        @Schema(description = "1, 2, … within the round's chain") long position,
        UUID id,
        String roundId,
        UUID planId,
        @Schema(description = "The pool, for municipal money; null otherwise", nullable = true) UUID poolId,
        String kind,
        String source,
        int year,
        MoneyValue amount,
        @Schema(description = "EVENT (a plan event) or REQUEST (an HTTP request)") String causeType,
        @Schema(description = "The plan event's ce_id, or the disbursement's or amendment's id") String causeId,
        @Schema(nullable = true) String reference,
        String recordedBy,
        Instant recordedAt,
        LocalDate effectiveOn,
        @Schema(description = "The hash of the entry before; 64 zeros for the first") String previousHash,
        @Schema(description = "SHA-256 of the entry's canonical form, lower-case hex") String hash) {
}
