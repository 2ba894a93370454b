package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.security.Caller;
import java.util.UUID;

/**
 * Who may see which plan's evaluation. A housing organisation sees only its own plans: another organisation's plan
 * answers 404, exactly as if it had no framework, so ids reveal nothing.
 */
final class FrameworkAccess {

    static final String RESOURCE = "evaluation framework of plan";

    private FrameworkAccess() {
    }

    static Framework visible(FrameworkRepository frameworks, Caller caller, UUID planId) {
        Framework framework = frameworks.findById(planId);
        if (framework == null || !caller.mayAccessOrganisation(framework.housingOrganisationId())) {
            throw new ResourceNotFoundException(RESOURCE, planId);
        }
        return framework;
    }
}
