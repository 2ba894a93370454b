package dk.kk.boligsocial.evaluation.api;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each bearer token once rather than on every request: a client sends the same token until it expires, and
 * checking its RS256 signature and parsing its JSON took about 40 % of the CPU of a read (a profile of GET
 * /v1/reports/themes). A token is remembered only after smallrye-jwt's own verification accepted it, by its exact
 * text (signature included), and only until its {@code exp}; after that it goes through the full verification
 * again, which refuses it as before. Nothing else changes: roles, the organisation claim and the 401s are smallrye's.
 *
 * <p>A mechanism every service would want: it belongs in service-kit, and lives here until it moves there.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    /** Bounds the memory: far more tokens than live callers; when full, it starts over. */
    static final int MAX_TOKENS = 10_000;

    private final JWTCallerPrincipalFactory verifier;
    private final Clock clock;
    private final Map<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();

    public VerifiedTokens() {
        this(new DefaultJWTCallerPrincipalFactory(), Clock.systemUTC());
    }

    VerifiedTokens(JWTCallerPrincipalFactory verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal known = verified.get(token);
        if (known != null && clock.instant().getEpochSecond() < known.getExpirationTime()) {
            return known;
        }
        if (known != null) {
            verified.remove(token);
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, principal);
        return principal;
    }
}
