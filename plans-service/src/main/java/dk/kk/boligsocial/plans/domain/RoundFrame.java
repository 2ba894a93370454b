package dk.kk.boligsocial.plans.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a round sets for the other services, kept by plans-service only to announce it (round.opened.v1,
 * round.revised.v1) and show it: the municipal co-financing pool (funding-service), the co-financing rule
 * (funding-service) and the reporting rule (evaluation-service). One JSONB document of the round row: it is only ever
 * written and read whole.
 *
 * @param pool        the pool's name and capacity per year
 * @param coFinancing housing organisations pay at least {@code housingOrganisationMatchRatio} × the municipality;
 *                    everything but LBF is at least {@code minimumLocalShare} of the plan (null: no such rule)
 * @param reporting   a year's figures are due on {@code dueMonth}/{@code dueDay} of the year {@code yearsAfter} later
 */
public record RoundFrame(Pool pool, CoFinancing coFinancing, Reporting reporting) {

    public record Pool(String name, List<PoolYear> years) {
        public Pool {
            years = List.copyOf(years);
        }

        public BigDecimal capacity() {
            return years.stream().map(PoolYear::capacity).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record PoolYear(int year, BigDecimal capacity) {
    }

    public record CoFinancing(BigDecimal housingOrganisationMatchRatio, BigDecimal minimumLocalShare) {
    }

    public record Reporting(int dueMonth, int dueDay, int yearsAfter) {
    }
}
