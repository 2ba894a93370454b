package dk.kk.boligsocial.events.plan;

/**
 * Lifecycle state of a plan (helhedsplan):
 * {@code DRAFT → SUBMITTED → PREQUALIFIED | REJECTED}, then
 * {@code PREQUALIFIED → APPROVED → GRANTED → ACTIVE → COMPLETED};
 * {@code WITHDRAWN} from any open state before {@code GRANTED}.
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
    /** Approved politically by the municipality and by the housing organisation. */
    APPROVED,
    /** Granted by LBF (støttetilsagn). */
    GRANTED,
    /** Running. */
    ACTIVE,
    /** Finished (afsluttet). Final. */
    COMPLETED,
    /** Withdrawn before the grant (tilbagetrukket). Final. */
    WITHDRAWN;

    /** Whether a plan in this state may still be withdrawn: any open state before the grant. */
    public boolean isWithdrawable() {
        return this == DRAFT || this == SUBMITTED || this == PREQUALIFIED || this == APPROVED;
    }
}
