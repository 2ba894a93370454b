package dk.kk.boligsocial.oidc;

import java.util.List;

/**
 * The audience ({@code aud}) each service accepts: a token names the services it is meant for, and a service refuses a
 * token that does not name it (each service's {@code mp.jwt.verify.audiences}).
 */
public final class Audiences {

    public static final String PLANS = "boligsocial-plans";
    public static final String FUNDING = "boligsocial-funding";
    public static final String EVALUATION = "boligsocial-evaluation";

    /** Every service: what local tokens carry unless a request names fewer. */
    public static final List<String> ALL = List.of(PLANS, FUNDING, EVALUATION);

    private Audiences() {
    }
}
