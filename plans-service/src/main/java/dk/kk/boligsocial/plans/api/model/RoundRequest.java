package dk.kk.boligsocial.plans.api.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "name", "description", "maxPlanYears", "currency", "opensOn", "firstYear", "lastYear",
        "themes", "pool", "coFinancing", "reporting"},
        description = "A funding round (pulje) as the municipality defines it, with the frame funding-service and"
                + " evaluation-service take from it. Unknown properties are rejected (400).")
public record RoundRequest(
        @Schema(description = "yyyy-yy: the first year and the last year's two digits; not changeable by PUT",
                pattern = "^[0-9]{4}-[0-9]{2}$", example = "2015-18") String id,
        @Schema(example = "Boligsociale indsatser 2015-18") String name,
        String description,
        @Schema(description = "Longest plan period in years", minimum = "1", maximum = "10", example = "4") Integer maxPlanYears,
        @Schema(example = "DKK", enumeration = {"DKK"}) String currency,
        @Schema(description = "No decision on the round's plans takes effect before this date", example = "2015-01-01") LocalDate opensOn,
        @Schema(description = "The round's first calendar year: the id's first year", example = "2015") Integer firstYear,
        @Schema(description = "The round's last calendar year: ends in the id's two last digits", example = "2018") Integer lastYear,
        @Schema(description = "The round's themes; codes unique, positions 1..n", maxItems = RoundResponse.MAX_THEMES) List<RoundResponse.ThemeValue> themes,
        RoundFrameValue.Pool pool,
        RoundFrameValue.CoFinancing coFinancing,
        RoundFrameValue.Reporting reporting) {
}
