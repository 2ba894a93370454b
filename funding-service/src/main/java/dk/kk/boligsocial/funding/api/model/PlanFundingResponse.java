package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.domain.BudgetBasis;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.FundingState;
import dk.kk.boligsocial.funding.domain.LedgerKind;
import dk.kk.boligsocial.funding.domain.RefusalReason;
import dk.kk.boligsocial.funding.domain.RuleCheck;
import dk.kk.boligsocial.kit.api.MoneyValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Everything about one plan's money: reservations, commitments by source and year, disbursed,"
        + " remaining, the co-financing rule checks and the ledger history.")
public record PlanFundingResponse(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String title,
        FundingState state,
        @Schema(description = "True when the grant found no reservation and was committed because the pool could"
                + " still carry it") boolean committedWithoutReservation,
        @Schema(description = "Whether budget is the request or LBF's grant") BudgetBasis budgetBasis,
        List<BudgetLineValue> budget,
        @Schema(description = "Ledger sums by source and year") List<Position> positions,
        Totals totals,
        @Schema(description = "The round's co-financing rules applied at the last funding decision") List<RuleCheck> ruleChecks,
        @Schema(description = "Why municipal money was refused; empty unless refused") List<RefusalReason> refusalReasons,
        @Schema(description = "Every ledger entry of the plan, oldest first") List<HistoryEntry> history,
        long version,
        Instant updatedAt) {

    public record Position(BudgetSource source, int year, MoneyValue reserved, MoneyValue committed,
                           MoneyValue disbursed, @Schema(description = "committed − disbursed") MoneyValue remaining) {
    }

    public record Totals(MoneyValue reserved, MoneyValue committed, MoneyValue disbursed, MoneyValue remaining) {
    }

    @Schema(description = "One ledger entry: what, when, and which plan event (ce_id) or request caused it.")
    public record HistoryEntry(UUID id, LedgerKind kind, BudgetSource source, int year, MoneyValue amount,
                               @Schema(description = "EVENT or REQUEST") String causeType,
                               @Schema(description = "The plan event's ce_id, or the disbursement id") String causeId,
                               @Schema(nullable = true) String reference, String recordedBy, Instant recordedAt) {
    }
}
