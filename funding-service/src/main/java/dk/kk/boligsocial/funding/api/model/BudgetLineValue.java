package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.kit.api.MoneyValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"source", "year", "amount"}, description = "One source's money in one year of the plan.")
public record BudgetLineValue(
        @Schema(example = "MUNICIPALITY") BudgetSource source,
        @Schema(example = "2012") int year,
        MoneyValue amount) {
}
