package dk.kk.boligsocial.plans.domain;

/**
 * Where a plan stands in its lifecycle. The same states, in the same order, as the event contract's
 * {@code dk.kk.boligsocial.events.plan.PlanStatus}; the domain keeps its own so that it depends on no wire
 * format, and {@code PlanEvents} translates where the two meet. The transitions are in {@link DecisionKind}.
 */
public enum PlanStatus {
    /** Being written by the housing organisation and the municipality. */
    DRAFT,
    /** Application for prequalification (ansøgning om prækvalifikation) sent to LBF. */
    SUBMITTED,
    /** Prequalified by LBF (prækvalificeret); the full plan is prepared in dialogue. */
    PREQUALIFIED,
    /** Prequalification refused by LBF (afslag). Final. */
    REJECTED,
    /** Approved politically by the municipality. */
    APPROVED,
    /** Granted by LBF (støttetilsagn). */
    GRANTED,
    /** Running. */
    ACTIVE,
    /** Finished (afsluttet). Final. */
    COMPLETED,
    /** Withdrawn before the grant (tilbagetrukket). Final. */
    WITHDRAWN
}
