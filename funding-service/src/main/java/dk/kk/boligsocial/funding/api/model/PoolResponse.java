package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A pool with what it holds, computed from the ledger: reserved + committed never exceed the"
        + " capacity, in total and per year.")
public record PoolResponse(
        UUID id,
        String roundId,
        String name,
        MoneyValue capacity,
        MoneyValue reserved,
        MoneyValue committed,
        MoneyValue disbursed,
        @Schema(description = "capacity − reserved − committed") MoneyValue available,
        @Schema(description = "(reserved + committed) ÷ capacity", example = "0.6667") BigDecimal utilisation,
        List<YearFigures> years,
        PoolRequest.Rules rules,
        long version,
        Instant createdAt) {

    @Schema(description = "A pool's figures in one year; capacity and available are null for a year without its own"
            + " capacity.")
    public record YearFigures(int year, @Schema(nullable = true) MoneyValue capacity, MoneyValue reserved,
                              MoneyValue committed, MoneyValue disbursed, @Schema(nullable = true) MoneyValue available) {
    }
}
