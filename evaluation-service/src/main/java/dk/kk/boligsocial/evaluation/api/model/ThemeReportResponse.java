package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Progress by theme across the plans of a round (a housing organisation sees its own plans only).")
public record ThemeReportResponse(String roundId, List<ThemeRow> themes) {

    @Schema(description = "One theme of the round across its plans.")
    public record ThemeRow(
            String theme,
            String nameDa,
            String nameEn,
            @Schema(description = "Plans with an evaluation framework that have the theme") long plans,
            @Schema(description = "Indicators of the theme in those plans' frameworks") long indicators,
            long onTrack,
            long offTrack,
            long noData,
            @Schema(description = "Average progress of the indicators that have one", nullable = true) BigDecimal averageProgress,
            LatestRatings latestEvaluations) {
    }

    @Schema(description = "The theme's ratings in each plan's latest submitted evaluation.")
    public record LatestRatings(
            long evaluations,
            @Schema(nullable = true) BigDecimal averageRating,
            @Schema(description = "How many evaluations gave each rating 1-5") List<RatingCount> distribution) {
    }

    public record RatingCount(int rating, long count) {
    }
}
