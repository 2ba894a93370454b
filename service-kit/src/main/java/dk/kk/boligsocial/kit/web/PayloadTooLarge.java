package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.Problem;
import dk.kk.boligsocial.kit.api.ProblemTypes;

/** 413 for bodies above {@code quarkus.http.limits.max-body-size}. */
final class PayloadTooLarge {

    private PayloadTooLarge() {
    }

    static Problem problem(String instance) {
        return new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                "The request body exceeds the size limit", instance);
    }
}
