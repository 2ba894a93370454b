package dk.kk.boligsocial.plans.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the lifecycle decisions. */
public final class DecisionRequests {

    static final String DECIDED_ON = "The date the decision took effect (the committee meeting, LBF's letter), kept apart"
            + " from when it is recorded; not in the future, not before the round opens. Default: today.";

    private DecisionRequests() {
    }

    @Schema(description = "Application for prequalification, with the municipality's recommendation.")
    public record Submission(
            @NotBlank @Size(max = 4000) @Schema(example = "Kommunen anbefaler helhedsplanen; området er på listen over særligt udsatte boligområder.") String recommendation,
            @Schema(description = DECIDED_ON, example = "2011-10-24") LocalDate decidedOn) {
    }

    public enum Outcome { PREQUALIFIED, REJECTED }

    @Schema(description = "LBF's prequalification decision. A rejection needs a reason.")
    public record Prequalification(
            @NotNull Outcome outcome,
            @NotBlank @Size(max = 200) @Schema(example = "LBF 2011-0457") String reference,
            @Size(max = 4000) @Schema(example = "Ansøgningen opfylder kriterierne for prækvalifikation.") String reason,
            @Schema(description = DECIDED_ON, example = "2011-10-24") LocalDate decidedOn) {
    }

    @Schema(description = "Political approval of the plan by the municipality.")
    public record Approval(
            @NotBlank @Size(max = 200) @Schema(example = "Teknik- og Miljøudvalget") String committee,
            @NotNull @Schema(example = "2011-10-24") LocalDate meetingDate,
            @NotBlank @Size(max = 200) @Schema(example = "2011-22288") String reference,
            @Valid @Schema(description = "Only to approve a plan whose co-financing funding-service REFUSED (else 409)") CoFinancingOverride coFinancingOverride,
            @Schema(description = DECIDED_ON, example = "2011-10-24") LocalDate decidedOn) {
    }

    @Schema(description = "LBF's grant (støttetilsagn) with the granted LBF amount.")
    public record Grant(
            @NotBlank @Size(max = 200) @Schema(example = "LBF-tilsagn 2011-0457") String reference,
            @NotNull @Valid MoneyValue grantedAmount,
            @Valid @Schema(description = "Only to grant a plan whose co-financing funding-service REFUSED (else 409)") CoFinancingOverride coFinancingOverride,
            @Schema(description = DECIDED_ON, example = "2011-10-24") LocalDate decidedOn) {
    }

    @Schema(description = "The decision is taken although funding-service refused the plan's municipal co-financing;"
            + " recorded in the plan's history and announced in the decision's event.")
    public record CoFinancingOverride(
            @NotBlank @Size(max = 4000) @Schema(example = "Udvalget godkender planen; kommunens andel dækkes af anlægsbudgettet.") String reason) {
    }

    @Schema(description = "Optional note with activation or completion.")
    public record Note(@Size(max = 200) @Schema(example = "Sekretariatet er bemandet") String reference,
            @Schema(description = DECIDED_ON, example = "2011-10-24") LocalDate decidedOn) {
    }

    @Schema(description = "Withdrawal of the application or plan, with the reason.")
    public record Withdrawal(@NotBlank @Size(max = 4000) @Schema(example = "Boligorganisationen trækker ansøgningen tilbage.") String reason,
            @Schema(description = DECIDED_ON, example = "2011-10-24") LocalDate decidedOn) {
    }
}
