package dk.kk.boligsocial.evaluation.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"outcome"}, description = "The municipality's review of a measurement. A returned measurement needs a comment.")
public record ReviewRequest(
        Outcome outcome,
        @Schema(nullable = true, description = "Required when RETURNED; at most 4000 characters", example = "Tallet dækker kun halvdelen af afdelingerne.") String comment) {

    public enum Outcome { APPROVED, RETURNED }
}
