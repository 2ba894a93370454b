package dk.kk.boligsocial.evaluation.api.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"dueOn"}, description = "The date a reporting period's figures are due for this plan,"
        + " instead of the round's rule.")
public record DueDateRequest(
        @Schema(description = "On or after the period's first day, at most three years after its year", example = "2013-04-15") LocalDate dueOn) {
}
