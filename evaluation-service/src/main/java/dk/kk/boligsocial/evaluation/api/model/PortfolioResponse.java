package dk.kk.boligsocial.evaluation.api.model;

import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.kit.api.MoneyValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kroner per outcome: the money of a round's granted plans (as funding-service announced it) beside"
        + " their results, by plan and theme and across the round, with what is missing said per figure. A housing"
        + " organisation sees its own plans only.")
public record PortfolioResponse(
        String roundId,
        @Schema(description = "How a plan's money is split between its themes") String moneyRule,
        @Schema(description = "How kroner per unit of change are computed, and where they are not") String unitRule,
        @Schema(description = "Each theme of the plans, across the round") List<ThemeMoney> themes,
        @Schema(description = "Each indicator across the plans that have it") List<RoundIndicator> indicators,
        List<PlanOutcome> plans,
        Instant generatedAt) {

    @Schema(description = "A theme's share of the plans' money, summed over the plans that have the theme")
    public record ThemeMoney(String theme, long plans, MoneyValue committed, MoneyValue paid) {
    }

    @Schema(description = "An indicator across the round's plans")
    public record RoundIndicator(
            String indicatorCode,
            String theme,
            IndicatorUnit unit,
            @Schema(description = "Plans whose framework has the indicator") long plans,
            @Schema(description = "Plans with a baseline, an approved number and money paid: the ones counted here")
            long plansWithData,
            @Schema(nullable = true, description = "The improvement summed over those plans (better is positive);"
                    + " null for percentages and scores, which do not add across populations") BigDecimal improvement,
            @Schema(description = "The theme's paid share of those plans") MoneyValue paid,
            @Schema(nullable = true, description = "paid ÷ improvement, where the improvement adds up and is above zero")
            MoneyValue paidPerUnit,
            @Schema(nullable = true, description = "Why there is no figure, or what it leaves out") String note) {
    }

    @Schema(description = "A granted plan: its money, split by theme, and each indicator's change since its baseline")
    public record PlanOutcome(
            UUID planId,
            String title,
            UUID housingOrganisationId,
            @Schema(description = "Whether funding-service has announced the plan's grant here yet") boolean moneyKnown,
            @Schema(description = "Closed out: what was not paid went back") boolean closed,
            @Schema(description = "All sources, net of amendments and the close-out's release") MoneyValue committed,
            @Schema(description = "All sources, net of corrected payments") MoneyValue paid,
            List<PlanTheme> themes) {
    }

    @Schema(description = "A theme of a plan: its share of the plan's money and its indicators")
    public record PlanTheme(String theme, MoneyValue committed, MoneyValue paid, List<IndicatorOutcome> indicators) {
    }

    @Schema(description = "One indicator of a plan: baseline, latest approved number, improvement and kroner per unit")
    public record IndicatorOutcome(
            String indicatorCode,
            IndicatorUnit unit,
            IndicatorDirection direction,
            @Schema(nullable = true) BigDecimal baseline,
            @Schema(nullable = true, description = "The year of the latest approved number") Integer latestYear,
            @Schema(nullable = true) BigDecimal latest,
            @Schema(nullable = true, description = "latest − baseline") BigDecimal change,
            @Schema(nullable = true, description = "The change turned so that better is positive") BigDecimal improvement,
            @Schema(nullable = true, description = "The theme's paid share ÷ the improvement") MoneyValue paidPerUnit,
            @Schema(nullable = true, description = "The theme's committed share ÷ the improvement")
            MoneyValue committedPerUnit,
            @Schema(description = "What a figure is missing: NO_MONEY_ANNOUNCED, NOTHING_PAID, NO_BASELINE,"
                    + " NO_APPROVED_VALUE, NO_IMPROVEMENT, THEME_NOT_IN_PLAN; empty when every figure is there")
            List<String> missing) {
    }
}
