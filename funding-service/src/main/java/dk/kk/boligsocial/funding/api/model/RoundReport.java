package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.kit.api.MoneyValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A round's money: totals by source and year, pool utilisation, leverage and plans by funding"
        + " state. Computed in SQL from the ledger and the plans' budgets.")
public record RoundReport(
        String roundId,
        @Schema(nullable = true, description = "Null for a round without a pool") PoolResponse pool,
        List<SourceYear> bySourceAndYear,
        List<SourceYear> bySource,
        List<SourceYear> byYear,
        @Schema(description = "Today's leverage: the plans holding money now (RESERVED or COMMITTED), on their current"
                + " budgets") Leverage leverage,
        @Schema(description = "The leverage as decided: the plans reserved (on their budgets) or granted, closed-out"
                + " plans included, on what their grant gave, before amendments and close-out returned money to the"
                + " pool; the seed's 290 mio. kr. of plans on 30 mio. kr. of municipal money") Leverage leverageAtGrant,
        @Schema(description = "Number of plans per funding state") Map<String, Long> plansByState,
        @Schema(description = "The disbursement schedule by source and year: planned, approved, paid (corrected"
                + " payments count nowhere) and due but unpaid (planned or approved for a year that has ended: before"
                + " the year of asOf, or of today). Always today's schedule, also with ?asOf=")
        List<ScheduleYear> schedule,
        @Schema(description = "Planned or approved for a year that has ended and not paid, all sources")
        MoneyValue dueButUnpaid,
        @Schema(description = "Municipal commitments given back to the pool: grants amended downwards and the unspent"
                + " rest of closed-out plans") MoneyValue returnedToPool,
        Instant generatedAt,
        @Schema(nullable = true, description = "The day the money figures (pool, totals) are as of, if asked (?asOf=):"
                + " the ledger entries effective by its end; the plans by state and the leverage are today's",
                example = "2011-12-31") LocalDate asOf) {

    /** The same report, made at another instant: today's report is kept while its round has not changed. */
    public RoundReport madeAt(Instant instant) {
        return new RoundReport(roundId, pool, bySourceAndYear, bySource, byYear, leverage, leverageAtGrant,
                plansByState, schedule, dueButUnpaid, returnedToPool, instant, asOf);
    }

    @Schema(description = "Ledger totals; source or year is null in the by-source and by-year lists")
    public record SourceYear(@Schema(nullable = true) BudgetSource source, @Schema(nullable = true) Integer year,
                             MoneyValue reserved,
                             @Schema(description = "Net of commitments given back") MoneyValue committed,
                             @Schema(description = "Net of corrected payments") MoneyValue disbursed,
                             @Schema(description = "Commitments given back (amendments, close-outs)") MoneyValue returned) {
    }

    @Schema(description = "The schedule's disbursements of one source and year")
    public record ScheduleYear(BudgetSource source, int year, MoneyValue planned, MoneyValue approved,
                               MoneyValue paid, MoneyValue dueButUnpaid) {
    }

    @Schema(description = "Total plan volume ÷ municipal co-financing over a set of the round's plans (see the"
            + " field); the seed's 290 mio. ÷ 30 mio. ≈ 9.67")
    public record Leverage(long plans, MoneyValue planVolume, MoneyValue municipalCoFinancing,
                           @Schema(nullable = true, example = "9.6667") BigDecimal ratio) {
    }
}
