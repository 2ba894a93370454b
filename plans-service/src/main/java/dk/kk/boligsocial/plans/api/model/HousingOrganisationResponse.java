package dk.kk.boligsocial.plans.api.model;

import java.time.Instant;
import java.util.UUID;

public record HousingOrganisationResponse(UUID id, String name, String cvr, long version, Instant createdAt) {
}
