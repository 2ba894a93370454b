package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.funding.api.model.SimulationRequest.SimulatedChangeType;
import dk.kk.boligsocial.funding.domain.Remedy.RemedyCode;
import dk.kk.boligsocial.funding.domain.RuleCheck;
import dk.kk.boligsocial.kit.api.MoneyValue;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the changes would do to the pool: its figures (per year capacity, reserved, committed,"
        + " available) and the round's leverage before and after, and each change accepted or refused with its"
        + " reasons and, for a refusal, the smallest changes that would make it pass. Nothing was written.")
public record SimulationResult(
        UUID poolId,
        String roundId,
        PoolResponse before,
        PoolResponse after,
        RoundReport.Leverage leverageBefore,
        RoundReport.Leverage leverageAfter,
        List<ChangeOutcome> changes) {

    public enum SimulationOutcome { ACCEPTED, REFUSED }

    @Schema(description = "One change's outcome, in the order given")
    public record ChangeOutcome(
            @Schema(description = "Its index in the request, from 0") int index,
            SimulatedChangeType type,
            @Schema(nullable = true) UUID planId,
            SimulationOutcome outcome,
            @Schema(description = "Why it was refused (the codes of a real refusal, and PLAN_STATE, CAPACITY_BELOW_HELD,"
                    + " MOVE_EXCEEDS_YEAR); empty when accepted") List<SimulationReason> reasons,
            @Schema(description = "The round's rules applied to the plan's budget (plan decisions only)")
            List<RuleCheck> ruleChecks,
            @Schema(description = "For a refusal, the smallest changes that would each make one failed check pass")
            List<SimulationRemedy> remedies) {
    }

    public record SimulationReason(String code, String message) {
    }

    public record SimulationRemedy(RemedyCode code, String message, @Schema(nullable = true) Integer year,
            @Schema(nullable = true) MoneyValue amount) {
    }
}
