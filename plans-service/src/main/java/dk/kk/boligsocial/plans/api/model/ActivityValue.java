package dk.kk.boligsocial.plans.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"theme", "title"}, description = "An activity of the plan, under one of the plan's themes.")
public record ActivityValue(
        @Schema(description = "Theme code; one of the plan's themes", example = "BOERN_UNGE_FAMILIER") String theme,
        @Schema(example = "Fritidsjobformidling") String title,
        @Schema(example = "Unge 13-17 år hjælpes ud i fritidsjob hos lokale butikker.") String description) {
}
