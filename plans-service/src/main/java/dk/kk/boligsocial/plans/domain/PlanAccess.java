package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.IfMatch;
import dk.kk.boligsocial.plans.persistence.PlanRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who may see and change which plan. A housing organisation sees only its own plans: another
 * organisation's plan answers 404, exactly as if it did not exist, so ids reveal nothing.
 */
final class PlanAccess {

    private PlanAccess() {
    }

    static Plan visible(PlanRepository plans, Caller caller, UUID id) {
        Plan plan = plans.findById(id);
        if (plan == null || !caller.mayAccessOrganisation(plan.housingOrganisationId())) {
            throw new ResourceNotFoundException(PlanService.RESOURCE, id);
        }
        return plan;
    }

    /** Loads and locks a plan the caller may change, and checks the If-Match header against its version. */
    static Plan forUpdate(PlanRepository plans, Caller caller, UUID id, String ifMatch) {
        Plan plan = plans.findForUpdate(id)
                .filter(p -> caller.mayAccessOrganisation(p.housingOrganisationId()))
                .orElseThrow(() -> new ResourceNotFoundException(PlanService.RESOURCE, id));
        IfMatch.require(ifMatch, plan.version());
        return plan;
    }

    static void requireEditable(Plan plan) {
        if (!plan.isEditable()) {
            throw conflict(plan, "A plan can be changed only while DRAFT or PREQUALIFIED; this plan is "
                    + plan.status() + ".");
        }
    }

    static ConflictException conflict(Plan plan, String detail) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("currentStatus", plan.status().name());
        extensions.put("allowedDecisions", DecisionKind.allowedFrom(plan.status()));
        return new ConflictException(detail, extensions);
    }
}
