package dk.kk.boligsocial.plans.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"name", "cvr"}, description = "A housing organisation (boligorganisation).")
public record HousingOrganisationRequest(
        @Schema(example = "Demo Boligselskab af 1942") String name,
        @Schema(description = "CVR number: 8 digits, modulus-11 checked", example = "10000009") String cvr) {
}
