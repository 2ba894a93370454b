package dk.kk.boligsocial.plans.domain;

import java.util.List;

/**
 * Why funding-service refused the plan's municipal co-financing, as it said it: kept with the plan while its
 * co-financing is REFUSED, and with a decision that overrode the refusal.
 */
public record CoFinancingRefusal(List<Reason> reasons) {

    public CoFinancingRefusal {
        reasons = List.copyOf(reasons);
    }

    /**
     * @param code    funding's reason code, e.g. POOL_EXHAUSTED, RULE_FAILED
     * @param message the reason in words, with the figures
     */
    public record Reason(String code, String message) {
    }
}
