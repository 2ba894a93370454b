package dk.kk.boligsocial.plans.api.model;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"name", "housingOrganisationId", "district", "dwellings", "residents"}, description = "A housing area (boligområde/afdeling) of a housing organisation.")
public record HousingAreaRequest(
        @Schema(example = "Demo-parken") String name,
        UUID housingOrganisationId,
        @Schema(description = "City district (bydel)", example = "Nørrebro") String district,
        @Schema(description = "Number of dwellings, 0 or more", example = "560") Integer dwellings,
        @Schema(description = "Number of residents, 0 or more", example = "1700") Integer residents) {
}
