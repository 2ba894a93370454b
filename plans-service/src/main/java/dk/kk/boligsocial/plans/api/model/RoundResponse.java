package dk.kk.boligsocial.plans.api.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A funding round (pulje), its themes and the frame it sets for funding and evaluation.")
public record RoundResponse(
        @Schema(example = "2011-14") String id,
        @Schema(example = "Boligsociale helhedsplaner 2011-14") String name,
        String description,
        @Schema(description = "Longest plan period in years", example = "4") int maxPlanYears,
        @Schema(example = "DKK") String currency,
        List<ThemeValue> themes,
        @Schema(description = "No decision on the round's plans takes effect before this date (decidedOn); null: no bound",
                example = "2011-01-01") LocalDate opensOn,
        @Schema(example = "2011") int firstYear,
        @Schema(example = "2014") int lastYear,
        RoundFrameValue.Pool pool,
        RoundFrameValue.CoFinancing coFinancing,
        RoundFrameValue.Reporting reporting,
        @Schema(description = "The round's version, also its ETag: 0 when created, one more per revision", example = "0") long version) {

    /** Themes of a round at most. */
    public static final int MAX_THEMES = 20;

    @Schema(requiredProperties = {"code", "position", "nameDa", "nameEn", "description"},
            description = "A theme (indsatsområde) of the round.")
    public record ThemeValue(
            @Schema(description = "A–Z, 0–9 and _, starting with a letter", pattern = "^[A-Z][A-Z0-9_]*$", example = "BOERN_UNGE_FAMILIER") String code,
            @Schema(example = "Børn, unge og familier") String nameDa,
            @Schema(example = "Children, young people and families") String nameEn,
            String description,
            @Schema(description = "Order in the round, 1..number of themes", example = "1") Integer position) {
    }
}
