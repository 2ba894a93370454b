package dk.kk.boligsocial.plans.domain;

import static dk.kk.boligsocial.events.plan.PlanStatus.ACTIVE;
import static dk.kk.boligsocial.events.plan.PlanStatus.APPROVED;
import static dk.kk.boligsocial.events.plan.PlanStatus.DRAFT;
import static dk.kk.boligsocial.events.plan.PlanStatus.GRANTED;
import static dk.kk.boligsocial.events.plan.PlanStatus.PREQUALIFIED;
import static dk.kk.boligsocial.events.plan.PlanStatus.SUBMITTED;

import dk.kk.boligsocial.events.plan.PlanStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The decisions of the plan lifecycle and the states each may be taken from: LBF's
 * prequalification, the municipality's political approval, LBF's grant (støttetilsagn), and so on.
 * A withdrawal is possible until the grant; a rejected plan is final.
 */
public enum DecisionKind {
    SUBMISSION("submission", EnumSet.of(DRAFT)),
    PREQUALIFICATION("prequalification", EnumSet.of(SUBMITTED)),
    APPROVAL("approval", EnumSet.of(PREQUALIFIED)),
    GRANT("grant", EnumSet.of(APPROVED)),
    ACTIVATION("activation", EnumSet.of(GRANTED)),
    COMPLETION("completion", EnumSet.of(ACTIVE)),
    WITHDRAWAL("withdrawal", EnumSet.of(DRAFT, SUBMITTED, PREQUALIFIED, APPROVED));

    private final String resourceName;
    private final Set<PlanStatus> allowedFrom;

    DecisionKind(String resourceName, Set<PlanStatus> allowedFrom) {
        this.resourceName = resourceName;
        this.allowedFrom = allowedFrom;
    }

    /** The path segment of the decision: {@code /v1/plans/{id}/<resourceName>}. */
    public String resourceName() {
        return resourceName;
    }

    public boolean isAllowedFrom(PlanStatus status) {
        return allowedFrom.contains(status);
    }

    public static List<String> allowedFrom(PlanStatus status) {
        return Arrays.stream(values()).filter(k -> k.isAllowedFrom(status)).map(DecisionKind::resourceName).toList();
    }
}
