package dk.kk.boligsocial.evaluation.api.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"value"}, description = "A DRAFT's new value, or the correction of a RETURNED value, in the"
        + " indicator's unit. The period (year) stays.")
public record MeasurementUpdate(
        @Schema(example = "47.00") BigDecimal value,
        @Schema(nullable = true, description = "Optional; at most 4000 characters; replaces the note",
                example = "Rettet: alle afdelinger talt med") String note) {
}
