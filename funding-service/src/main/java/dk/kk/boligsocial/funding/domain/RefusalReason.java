package dk.kk.boligsocial.funding.domain;

/** Why municipal co-financing was not booked: a code, and the reason in words with the figures. */
public record RefusalReason(RefusalCode code, String message) {

    public enum RefusalCode {
        /** The round has no co-financing pool. */
        NO_POOL,
        /** The pool's total capacity cannot carry the request. */
        POOL_EXHAUSTED,
        /** The pool's capacity for one year cannot carry that year's request. */
        YEAR_EXHAUSTED,
        /** Municipal co-financing is requested for a year the pool has no capacity for. */
        YEAR_NOT_IN_POOL,
        /** A co-financing rule of the round fails (see the rule checks). */
        RULE_FAILED
    }
}
