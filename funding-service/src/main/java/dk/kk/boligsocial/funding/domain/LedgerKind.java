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
    DISBURSEMENT,
    /**
     * Part of a commitment given back: a grant amended downwards, or the unspent rest at close-out. MUNICIPALITY ones
     * go back to the pool.
     */
    COMMITMENT_RELEASE,
    /** A payment corrected: the disbursement reversed by an entry of its own, the payment's entry left as it was. */
    DISBURSEMENT_REVERSAL
}
