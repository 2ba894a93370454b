package dk.kk.boligsocial.plans.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.plans.domain.BudgetSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"source", "year", "amount"}, description = "What one source is asked to pay in one year of the plan period.")
public record BudgetLineValue(
        @Schema(description = "Who pays", example = "MUNICIPALITY") BudgetSource source,
        @Schema(description = "Calendar year inside the plan period", example = "2012") Integer year,
        MoneyValue amount) {
}
