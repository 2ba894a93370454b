package dk.kk.boligsocial.funding.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An amount of money in whole øre.", example = "{\"amount\": 30000000.00, \"currency\": \"DKK\"}")
public record MoneyValue(
        @Schema(description = "Amount, at most 2 decimals", example = "2500000.00") BigDecimal amount,
        @Schema(description = "ISO 4217 currency; DKK", example = "DKK") String currency) {

    public static final String DKK = "DKK";

    public static MoneyValue dkk(BigDecimal amount) {
        return new MoneyValue(amount.setScale(2), DKK);
    }
}
