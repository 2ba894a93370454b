package dk.kk.boligsocial.plans.domain;

import java.util.UUID;

/**
 * Who takes a decision, as the plan's history keeps it.
 *
 * @param actor          the subject of the decider's token
 * @param organisationId the decider's housing organisation, or {@code null} for staff of the municipality or LBF
 */
public record Decider(String actor, UUID organisationId) {
}
