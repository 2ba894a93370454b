package dk.kk.boligsocial.evaluation.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"reason"}, description = "Why an indicator is dropped from the plan's framework.")
public record DropRequest(
        @Schema(description = "At most 4000 characters", example = "Klubberne lukkede i 2012; målt i stedet via fritidsjob.") String reason) {
}
