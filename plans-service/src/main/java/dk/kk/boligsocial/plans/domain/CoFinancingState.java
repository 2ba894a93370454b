package dk.kk.boligsocial.plans.domain;

/**
 * Where the plan's municipal co-financing stands, as funding-service last announced it on boligsocial.funding.
 * PENDING until funding-service has said anything (a plan before prequalification, or while the reaction is on its
 * way).
 */
public enum CoFinancingState {
    /** No word from funding-service yet. */
    PENDING,
    /** funding.reserved.v1: the municipal co-financing is reserved in the round's pool. */
    RESERVED,
    /** funding.reservation-refused.v1: the pool cannot carry it or a co-financing rule fails; nothing is booked. */
    REFUSED,
    /** funding.committed.v1: the grant is booked as commitments. */
    COMMITTED,
    /** funding.released.v1: the reservation went back to the pool (rejection or withdrawal). */
    RELEASED,
    /** funding.closed-out.v1: the plan's unspent commitments went back to the pool at its close-out. */
    CLOSED
}
