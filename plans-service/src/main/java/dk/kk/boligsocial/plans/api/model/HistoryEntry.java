package dk.kk.boligsocial.plans.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.boligsocial.plans.domain.PlanStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"id", "decision", "toStatus", "actor", "decidedAt", "planVersion"},
        description = "One status change or decision of a plan. Members without a value are left out (never null).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(
        UUID id,
        @Schema(description = "creation, revision (a new version of the content), or the decision (submission, prequalification, approval, grant, activation, completion, withdrawal)", example = "prequalification") String decision,
        PlanStatus fromStatus,
        PlanStatus toStatus,
        @Schema(description = "Subject of the token of whoever decided", example = "lbf-sagsbehandler-17") String actor,
        UUID organisationId,
        @Schema(description = "When the entry was recorded") Instant decidedAt,
        String reference,
        String reason,
        String recommendation,
        String committee,
        LocalDate meetingDate,
        MoneyValue grantedAmount,
        @Schema(description = "The plan's version after this entry") long planVersion,
        @Schema(description = "Present when an approval or grant overrode a refused co-financing") CoFinancingOverrideEntry coFinancingOverride,
        @Schema(description = "The plan version (GET /v1/plans/{id}/versions/{n}) the entry was taken on; a revision names"
                + " the version it made. Absent for entries older than versions", example = "2") Integer contentVersion,
        @Schema(description = "The date the entry took effect (decidedOn of the decision; the day it was recorded if none"
                + " was given)", example = "2011-10-24") LocalDate decidedOn) {
}
