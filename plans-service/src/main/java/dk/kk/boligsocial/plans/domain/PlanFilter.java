package dk.kk.boligsocial.plans.domain;

import java.util.UUID;

/** Optional filters of the plan list; null means "any". */
public record PlanFilter(PlanStatus status, String theme, String roundId, UUID housingOrganisationId) {
}
