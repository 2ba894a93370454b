package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.Dimension;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.domain.Reporting;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Progress by theme across the plans of a round (a housing organisation sees its own plans only).")
public record ThemeReportResponse(String roundId, List<ThemeRow> themes,
        @Schema(nullable = true, description = "With include=indicators: each catalogue indicator's approved actuals"
                + " rolled up across the plans, per period and per dimension value; otherwise null") List<IndicatorRollUp> indicators) {

    @Schema(description = "A catalogue indicator's approved actuals of one period across the plans that have one (a"
            + " CUMULATIVE indicator's running totals). rollUp says how: SUM for counts and amounts, WEIGHTED for a"
            + " RATIO (100 * sum of numerators / sum of denominators, not an average of percentages), MEAN for other"
            + " percentages and scores.")
    public record IndicatorRollUp(
            UUID indicatorId,
            String code,
            String theme,
            IndicatorUnit unit,
            IndicatorKind kind,
            Reporting reporting,
            int year,
            @Schema(description = "Plans with an approved actual for the period") long plans,
            @Schema(example = "SUM") String rollUp,
            BigDecimal value,
            @Schema(nullable = true, description = "RATIO: sum of the plans' numerators") BigDecimal numerator,
            @Schema(nullable = true, description = "RATIO: sum of the plans' denominators") BigDecimal denominator,
            @Schema(description = "The same roll-up per dimension value, over the plans that broke their actual down") List<PartRollUp> breakdown) {
    }

    public record PartRollUp(
            Dimension dimension,
            String value,
            long plans,
            BigDecimal amount,
            @Schema(nullable = true) BigDecimal numerator,
            @Schema(nullable = true) BigDecimal denominator) {
    }

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
