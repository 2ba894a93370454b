package dk.kk.boligsocial.plans.domain;

import static dk.kk.boligsocial.plans.domain.PlanStatus.ACTIVE;
import static dk.kk.boligsocial.plans.domain.PlanStatus.APPROVED;
import static dk.kk.boligsocial.plans.domain.PlanStatus.COMPLETED;
import static dk.kk.boligsocial.plans.domain.PlanStatus.DRAFT;
import static dk.kk.boligsocial.plans.domain.PlanStatus.GRANTED;
import static dk.kk.boligsocial.plans.domain.PlanStatus.PREQUALIFIED;
import static dk.kk.boligsocial.plans.domain.PlanStatus.REJECTED;
import static dk.kk.boligsocial.plans.domain.PlanStatus.SUBMITTED;
import static dk.kk.boligsocial.plans.domain.PlanStatus.WITHDRAWN;

import dk.kk.boligsocial.kit.api.ConflictException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decisions of the plan lifecycle: the states each may be taken from and the states it leads to. LBF's
 * prequalification either prequalifies or rejects; a withdrawal is possible until the grant, but a rejected plan
 * is final.
 */
public enum DecisionKind {
    SUBMISSION("submission", EnumSet.of(DRAFT), EnumSet.of(SUBMITTED)),
    PREQUALIFICATION("prequalification", EnumSet.of(SUBMITTED), EnumSet.of(PREQUALIFIED, REJECTED)),
    APPROVAL("approval", EnumSet.of(PREQUALIFIED), EnumSet.of(APPROVED)),
    GRANT("grant", EnumSet.of(APPROVED), EnumSet.of(GRANTED)),
    ACTIVATION("activation", EnumSet.of(GRANTED), EnumSet.of(ACTIVE)),
    COMPLETION("completion", EnumSet.of(ACTIVE), EnumSet.of(COMPLETED)),
    WITHDRAWAL("withdrawal", EnumSet.of(DRAFT, SUBMITTED, PREQUALIFIED, APPROVED), EnumSet.of(WITHDRAWN));

    private final String resourceName;
    private final Set<PlanStatus> allowedFrom;
    private final Set<PlanStatus> outcomes;

    DecisionKind(String resourceName, Set<PlanStatus> allowedFrom, Set<PlanStatus> outcomes) {
        this.resourceName = resourceName;
        this.allowedFrom = allowedFrom;
        this.outcomes = outcomes;
    }

    /** The path segment of the decision, {@code /v1/plans/{id}/<resourceName>}, also its name in the history. */
    public String resourceName() {
        return resourceName;
    }

    public boolean isAllowedFrom(PlanStatus status) {
        return allowedFrom.contains(status);
    }

    /** @throws ConflictException (409) naming {@code status} and the decisions possible in it, unless this is one */
    public void requireAllowedFrom(PlanStatus status) {
        if (!isAllowedFrom(status)) {
            throw conflict(status, "The plan is " + status + "; " + resourceName + " is not possible now.");
        }
    }

    public boolean leadsTo(PlanStatus status) {
        return outcomes.contains(status);
    }

    /** The resource names of the decisions that can be taken in {@code status}, in lifecycle order. */
    public static List<String> allowedFrom(PlanStatus status) {
        return Arrays.stream(values()).filter(k -> k.isAllowedFrom(status)).map(DecisionKind::resourceName).toList();
    }

    /** A 409 that tells the client what it can do instead: the plan's status and the decisions possible in it. */
    public static ConflictException conflict(PlanStatus status, String detail) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("currentStatus", status.name());
        extensions.put("allowedDecisions", allowedFrom(status));
        return new ConflictException(detail, extensions);
    }
}
