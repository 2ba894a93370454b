package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.domain.FundingState;
import dk.kk.boligsocial.kit.api.MoneyValue;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One plan's share of a round's money: what it holds, was paid, has planned and gave back."
        + " Committed and disbursed are net of commitments given back and corrected payments.")
public record PlanAllocation(
        UUID planId,
        String title,
        UUID housingOrganisationId,
        FundingState state,
        @Schema(description = "Municipal co-financing reserved in the pool (before the grant)") MoneyValue municipalReserved,
        @Schema(description = "Municipal co-financing committed (after the grant)") MoneyValue municipalCommitted,
        @Schema(description = "Committed, every source") MoneyValue committed,
        @Schema(description = "Paid, every source") MoneyValue disbursed,
        @Schema(description = "committed − disbursed") MoneyValue remaining,
        @Schema(description = "Municipal commitments given back to the pool (amendments, close-out)") MoneyValue returnedToPool,
        @Schema(description = "On the schedule, not yet approved") MoneyValue planned,
        @Schema(description = "Approved, not yet paid") MoneyValue approved,
        @Schema(description = "Planned or approved for a year that has ended, not paid") MoneyValue dueButUnpaid) {
}
