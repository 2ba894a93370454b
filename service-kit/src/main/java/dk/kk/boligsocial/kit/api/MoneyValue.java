package dk.kk.boligsocial.kit.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money on the wire, {@code {"amount": 30000000.00, "currency": "DKK"}}, in every service's API. */
@Schema(requiredProperties = {"amount", "currency"},
        description = "An amount of money: Danish kroner with at most two decimals (øre), and its currency.",
        example = "{\"amount\": 30000000.00, \"currency\": \"DKK\"}")
public record MoneyValue(
        @Schema(description = "Kroner with at most two decimals (NUMERIC(15,2)); a JSON number, sent as written",
                example = "2500000.00") BigDecimal amount,
        @Schema(description = "ISO 4217 currency; always DKK", example = "DKK", enumeration = {"DKK"}) String currency) {

    public static final String DKK = "DKK";

    /** Danish kroner, shown with two decimals. */
    public static MoneyValue dkk(BigDecimal amount) {
        return new MoneyValue(amount.setScale(2, RoundingMode.UNNECESSARY), DKK);
    }
}
