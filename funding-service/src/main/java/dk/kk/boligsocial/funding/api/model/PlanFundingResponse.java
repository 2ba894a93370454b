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
        @Schema(description = "The disbursement schedule by source and year: what is planned, approved and paid"
                + " (corrected payments count nowhere)") List<ScheduleLine> schedule,
        long version,
        Instant updatedAt) {

    @Schema(description = "committed and disbursed are net of commitments given back and of corrected payments")
    public record Position(BudgetSource source, int year, MoneyValue reserved, MoneyValue committed,
                           MoneyValue disbursed, @Schema(description = "committed − disbursed") MoneyValue remaining) {
    }

    public record Totals(MoneyValue reserved, MoneyValue committed, MoneyValue disbursed, MoneyValue remaining,
                         @Schema(description = "Commitments given back: amended downwards or released at close-out"
                                 + " (the MUNICIPALITY part went back to the pool)") MoneyValue released) {
    }

    @Schema(description = "The schedule's disbursements of one source and year by status; paid is net of corrections")
    public record ScheduleLine(BudgetSource source, int year, MoneyValue planned, MoneyValue approved,
                               MoneyValue paid) {
    }

    @Schema(description = "One ledger entry: what, when, and which plan event (ce_id) or request caused it.")
    public record HistoryEntry(UUID id, LedgerKind kind, BudgetSource source, int year, MoneyValue amount,
                               @Schema(description = "EVENT or REQUEST") String causeType,
                               @Schema(description = "The plan event's ce_id, or the disbursement or amendment id") String causeId,
                               @Schema(nullable = true) String reference, String recordedBy, Instant recordedAt) {
    }
}
