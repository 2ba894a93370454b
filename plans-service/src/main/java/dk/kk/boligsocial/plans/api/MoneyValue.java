package dk.kk.boligsocial.plans.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An amount of money in whole øre.", example = "{\"amount\": 30000000.00, \"currency\": \"DKK\"}")
public record MoneyValue(
        @Schema(description = "Amount, greater than 0, at most 2 decimals", example = "2500000.00") BigDecimal amount,
        @Schema(description = "ISO 4217 currency; the round's currency (DKK)", example = "DKK") String currency) {
}
