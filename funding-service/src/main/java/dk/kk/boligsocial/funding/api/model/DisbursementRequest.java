package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.kit.api.MoneyValue;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"source", "year", "amount", "reference"}, description = "A disbursement (udbetaling)"
        + " of the plan's commitment for one source and year: put on the schedule (status PLANNED), or paid at once"
        + " (status PAID, the default).")
public record DisbursementRequest(
        @Schema(example = "MUNICIPALITY") BudgetSource source,
        @Schema(example = "2012") Integer year,
        MoneyValue amount,
        @Schema(description = "The payment's reference, e.g. a voucher number", example = "Udbetaling 1. kvartal 2012")
        String reference,
        @Schema(nullable = true, description = "PLANNED puts the disbursement on the plan's schedule, to be approved"
                + " and paid later; PAID (the default, when left out) plans, approves and pays it in one step")
        Step status,
        @Schema(nullable = true, description = "For a payment at once: the day the money was paid (not in the future,"
                + " not before the grant); default today. Not allowed with PLANNED", example = "2012-03-01")
        LocalDate valueDate) {

    /** What the request does with the disbursement. */
    public enum Step { PLANNED, PAID }
}
