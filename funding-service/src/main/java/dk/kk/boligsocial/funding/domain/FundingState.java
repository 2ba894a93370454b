package dk.kk.boligsocial.funding.domain;

/** Where a plan's municipal co-financing stands. */
public enum FundingState {
    /** Reserved in the round's pool after prequalification. */
    RESERVED,
    /** Refused: the pool could not carry it or a co-financing rule failed; nothing is booked. */
    REFUSED,
    /** Granted and booked as commitments per source and year. */
    COMMITTED,
    /** The reservation went back to the pool (plan rejected or withdrawn). */
    RELEASED,
    /** Rejected or withdrawn while holding nothing. */
    CLOSED
}
