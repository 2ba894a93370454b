package dk.kk.boligsocial.funding.domain;

/** What a ledger entry does; amounts are always positive, the kind gives the direction. */
public enum LedgerKind {
    /** Municipal co-financing set aside in the pool. */
    RESERVATION,
    /** A reservation given back to the pool (or turned into a commitment). */
    RELEASE,
    /** A grant booked (tilsagn), per source and year. */
    COMMITMENT,
    /** A payment against a commitment (udbetaling). */
    DISBURSEMENT
}
