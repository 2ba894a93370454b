package dk.kk.boligsocial.plans.api.model;

import java.time.Instant;
import java.util.UUID;

public record HousingAreaResponse(UUID id, String name, UUID housingOrganisationId, String district, int dwellings,
        int residents, long version, Instant createdAt) {
}
