package dk.kk.boligsocial.funding.api.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The municipality's approval of a planned disbursement for payment.")
public record ApprovalRequest(
        @Schema(nullable = true, description = "The day the approval was decided (not in the future, not before the"
                + " grant); default today", example = "2012-02-20")
        LocalDate decidedOn) {
}
