package dk.kk.boligsocial.funding.api;

import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.events.common.BudgetSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One source's money in one year of the plan.")
public record BudgetLineValue(
        @Schema(example = "MUNICIPALITY") BudgetSource source,
        @Schema(example = "2012") int year,
        MoneyValue amount) {
}
