package dk.kk.boligsocial.kit.probe;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

public record Money(@NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal amount,
                    @NotNull @Pattern(regexp = "DKK", message = "must be DKK") String currency) {
}
