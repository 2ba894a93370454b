package dk.kk.boligsocial.plans.api.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A funding round (pulje) and its themes.")
public record RoundResponse(
        @Schema(example = "2011-14") String id,
        @Schema(example = "Boligsociale helhedsplaner 2011-14") String name,
        String description,
        @Schema(description = "Longest plan period in years", example = "4") int maxPlanYears,
        @Schema(example = "DKK") String currency,
        List<ThemeValue> themes,
        @Schema(description = "No decision on the round's plans takes effect before this date (decidedOn); null: no bound",
                example = "2011-01-01") LocalDate opensOn) {

    @Schema(description = "A theme (indsatsområde) of the round.")
    public record ThemeValue(
            @Schema(example = "BOERN_UNGE_FAMILIER") String code,
            @Schema(example = "Børn, unge og familier") String nameDa,
            @Schema(example = "Children, young people and families") String nameEn,
            String description) {
    }
}
