package dk.kk.boligsocial.funding.api.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The payment of an approved disbursement.")
public record PaymentRequest(
        @Schema(nullable = true, description = "The day the money was paid (not in the future, not before the"
                + " grant nor the approval); default today", example = "2012-03-01")
        LocalDate valueDate) {
}
