package dk.kk.boligsocial.funding.domain;

import java.math.BigDecimal;

/**
 * The smallest change that would let a refused booking pass one of its failed checks, computed from the rule or the
 * pool that refused it (a what-if simulation answers these with each refusal).
 *
 * @param code    what to change (see {@link RemedyCode})
 * @param message the change in words, with the figures
 * @param year    the year it concerns; {@code null} for the plan or pool as a whole
 * @param amount  by how much (DKK), or {@code null} for a change without an amount
 */
public record Remedy(RemedyCode code, String message, Integer year, BigDecimal amount) {

    public enum RemedyCode {
        /** The housing organisation co-finances this much more in all (the match rule). */
        RAISE_HOUSING_ORGANISATION,
        /** The municipal co-financing is this much lower in all (the match rule, the pool's total). */
        LOWER_MUNICIPALITY,
        /** Local co-financing (not LBF) this much more (the minimum local share). */
        RAISE_LOCAL_CO_FINANCING,
        /** The year's municipal co-financing this much lower. */
        LOWER_YEAR,
        /** This much of the refused year's municipal co-financing moved to {@code year}, which has room for it. */
        MOVE_TO_YEAR,
        /** The year's capacity (or, without a year, the pool's) raised by this much. */
        RAISE_CAPACITY
    }
}
