package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.kit.api.MoneyValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"source", "year", "amount", "reference"}, description = "A payment (udbetaling) against the plan's commitment for one source and year.")
public record DisbursementRequest(
        @Schema(example = "MUNICIPALITY") BudgetSource source,
        @Schema(example = "2012") Integer year,
        MoneyValue amount,
        @Schema(description = "The payment's reference, e.g. a voucher number", example = "Udbetaling 1. kvartal 2012")
        String reference) {
}
