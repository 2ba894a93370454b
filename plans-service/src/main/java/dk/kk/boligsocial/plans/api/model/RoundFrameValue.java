package dk.kk.boligsocial.plans.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The frame a round sets for funding-service and evaluation-service, as requests and responses show it. */
public final class RoundFrameValue {

    /** Pool years of a round at most: a round of ten years is far beyond any LBF regulation. */
    public static final int MAX_POOL_YEARS = 10;

    private RoundFrameValue() {
    }

    @Schema(requiredProperties = {"name", "years"},
            description = "The municipal co-financing pool (medfinansieringspulje) of the round; its capacity is the sum of its years")
    public record Pool(
            @Schema(example = "Medfinansieringspulje 2012–2014") String name,
            @Schema(description = "Sum of the years (read only: ignored in requests)", readOnly = true) MoneyValue capacity,
            @Schema(description = "Capacity per calendar year, inside the round's years, each year once",
                    maxItems = MAX_POOL_YEARS) List<PoolYear> years) {
    }

    @Schema(requiredProperties = {"year", "capacity"}, description = "The pool's capacity for one calendar year")
    public record PoolYear(@Schema(example = "2012") Integer year, MoneyValue capacity) {
    }

    @Schema(requiredProperties = {"housingOrganisationMatchRatio"},
            description = "The co-financing rule: housing organisations pay at least housingOrganisationMatchRatio × the"
                    + " municipal co-financing; everything but LBF is at least minimumLocalShare of the plan total"
                    + " (null or absent: no such rule)")
    public record CoFinancing(
            @Schema(description = "0 to 100, at most 4 decimals", example = "1.0") BigDecimal housingOrganisationMatchRatio,
            @Schema(description = "0 to 1, at most 4 decimals; null: off", example = "0.2", nullable = true)
            BigDecimal minimumLocalShare) {
    }

    @Schema(requiredProperties = {"dueMonth", "dueDay", "yearsAfter"},
            description = "A year's figures are due on dueMonth/dueDay of the year yearsAfter later (2011-14: 1 March of the following year)")
    public record Reporting(
            @Schema(minimum = "1", maximum = "12", example = "3") Integer dueMonth,
            @Schema(minimum = "1", maximum = "28", description = "Days stop at 28, so the date exists in every month", example = "1") Integer dueDay,
            @Schema(minimum = "0", maximum = "2", example = "1") Integer yearsAfter) {
    }
}
