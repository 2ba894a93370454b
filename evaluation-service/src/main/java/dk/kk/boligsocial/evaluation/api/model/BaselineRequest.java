package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"value", "date"}, description = "The baseline of an indicator of a plan: its value in the indicator's unit, when and where it was measured.")
public record BaselineRequest(
        @Schema(example = "40.00") BigDecimal value,
        @Schema(example = "2011-12-31") LocalDate date,
        @Schema(example = "Tryghedsmåling 2011, Center for Boligsocial Udvikling") String source) {
}
