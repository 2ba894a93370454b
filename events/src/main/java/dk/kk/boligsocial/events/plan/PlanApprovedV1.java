package dk.kk.boligsocial.events.plan;

import dk.kk.boligsocial.events.common.PayloadRules;
import dk.kk.boligsocial.events.common.Decision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The plan, prepared in dialogue after prequalification, has been approved politically
 * (politisk godkendt) by the municipality's committee (udvalg) and by the housing organisation,
 * and can go to Landsbyggefonden for the grant.
 *
 * <p>Emitted when a plan moves from {@code PREQUALIFIED} to {@code APPROVED}. No Boligsocial
 * service reacts; integrators learn that the plan awaits LBF's grant.
 *
 * @param planId                the plan
 * @param roundId               the funding round (pulje)
 * @param housingOrganisationId the lead housing organisation
 * @param committee             the committee that approved it, e.g. {@code Teknik- og Miljøudvalget}
 * @param meetingDate           the date of the committee meeting
 * @param decision              who recorded the approval, when, and the case reference
 */
public record PlanApprovedV1(
        UUID planId,
        String roundId,
        UUID housingOrganisationId,
        String committee,
        LocalDate meetingDate,
        Decision decision) implements PlanEvent {

    public PlanApprovedV1 {
        PayloadRules.identity(planId, roundId, housingOrganisationId, decision);
        PayloadRules.text(committee, "committee");
        Objects.requireNonNull(meetingDate, "meetingDate");
    }
}
