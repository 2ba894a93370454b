package dk.kk.boligsocial.evaluation.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reporting period (one calendar year of the plan period), its due date and every lock and unlock of it.")
public record PeriodResponse(
        int year,
        LocalDate startsOn,
        LocalDate endsOn,
        @Schema(description = "When the period's figures are due: the round's rule (e.g. 1 March after the year) or the"
                + " date the municipality set for this plan") LocalDate dueOn,
        @Schema(nullable = true, description = "Who set the due date for this plan; null while it is the round's rule") String dueOnSetBy,
        @Schema(description = "A locked period accepts no new measurements or reviews") boolean locked,
        List<LockChange> lockHistory) {

    @Schema(description = "One lock or unlock: who and when.")
    public record LockChange(@Schema(example = "LOCKED") String action, String actor, Instant at) {
    }
}
