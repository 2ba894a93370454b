package dk.kk.boligsocial.funding.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"reason"}, description = "The correction of a wrong payment: the whole payment is"
        + " reversed by a ledger entry of its own; a right payment is recorded as a new disbursement.")
public record CorrectionRequest(
        @Schema(description = "Why the payment was wrong", example = "Betalt til forkert konto") String reason) {
}
