package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"roundId", "name", "capacity"}, description = "A round's municipal co-financing pool, with optional capacities per year (adding up to no more"
        + " than the total) and the round's co-financing rules.")
public record PoolRequest(
        @Schema(description = "The funding round; one pool per round", example = "2015-18") String roundId,
        @Schema(example = "Medfinansieringspulje 2016–2018") String name,
        @Schema(description = "Total capacity, DKK") MoneyValue capacity,
        @Schema(description = "Capacity per year; empty for a pool without yearly limits", maxItems = PoolRequest.MAX_YEARS) List<Year> years,
        @Schema(description = "Co-financing rules of the round; absent means none") Rules rules) {

    /** A pool spans a round's few years; the cap keeps a request's list bounded (issue 10). */
    public static final int MAX_YEARS = 20;

    @Schema(requiredProperties = {"year", "capacity"}, description = "A pool's capacity in one year.")
    public record Year(@Schema(example = "2016") Integer year, MoneyValue capacity) {
    }

    @Schema(description = "The round's co-financing rules; null switches a rule off.")
    public record Rules(
            @Schema(nullable = true, description = "Housing organisation co-financing at least this × municipal co-financing; null: no such rule",
                    example = "1.0") BigDecimal housingOrganisationMatchRatio,
            @Schema(nullable = true, description = "Local co-financing (all but LBF) at least this share of the plan total, 0 to 1; null: no such rule",
                    example = "0.25") BigDecimal minimumLocalShare) {
    }
}
