package dk.kk.boligsocial.funding.domain;

import java.math.BigDecimal;

/** Why municipal co-financing was not booked: a code, and the reason in words with the figures. */
public record RefusalReason(RefusalCode code, String message) {

    /** Where the plan's own figures end in a message about the pool ({@link PoolCheck} writes them so). */
    private static final String END_OF_OWN_FIGURES = " requested, ";

    static RefusalReason poolExhausted(BigDecimal requested, BigDecimal available, BigDecimal capacity) {
        return new RefusalReason(RefusalCode.POOL_EXHAUSTED, requested.toPlainString() + END_OF_OWN_FIGURES
                + available.toPlainString() + " available of the pool's " + capacity.toPlainString());
    }

    static RefusalReason yearExhausted(int year, BigDecimal requested, BigDecimal available, BigDecimal capacity) {
        return new RefusalReason(RefusalCode.YEAR_EXHAUSTED, year + ": " + requested.toPlainString()
                + END_OF_OWN_FIGURES + available.toPlainString() + " available of the year's "
                + capacity.toPlainString());
    }

    /**
     * The reason as the plan's housing organisation may read it: what it asked for, not what the pool has left,
     * which is the sum of every other organisation's reservations. Other reasons quote only the plan's own figures
     * (its budget and the round's rules) and stay as they are.
     */
    public RefusalReason withOwnFiguresOnly() {
        int end = message.indexOf(END_OF_OWN_FIGURES);
        if (code != RefusalCode.POOL_EXHAUSTED && code != RefusalCode.YEAR_EXHAUSTED || end < 0) {
            return this;
        }
        return new RefusalReason(code, message.substring(0, end) + " requested, more than the pool has left"
                + (code == RefusalCode.YEAR_EXHAUSTED ? " for the year" : ""));
    }

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
