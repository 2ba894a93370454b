package dk.kk.boligsocial.events.funding;

import dk.kk.boligsocial.events.common.PayloadRules;
import java.util.Objects;

/**
 * Why funding-service refused to reserve (or commit) a plan's municipal co-financing.
 *
 * @param code    machine-readable reason
 * @param message the reason in words, with the figures, e.g. "year 2013: 1,200,000.00 requested, 800,000.00 available"
 */
public record RefusalReason(RefusalCode code, String message) {

    public RefusalReason {
        Objects.requireNonNull(code, "code");
        PayloadRules.text(message, "message");
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
