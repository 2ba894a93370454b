package dk.kk.boligsocial.kit.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser of every service: smallrye-jwt's, with the tokens it verified remembered.
 *
 * <p>A caller sends the same token with every request until it expires. Verifying it again each time (RS256
 * signature, and jose4j's JSON parsing of header and claims) was a quarter of the CPU of a plan read. The same token
 * string always verifies to the same claims, so a token verified once is taken from here until the earliest of its
 * {@code exp} and {@link #LONGEST_KEPT} after its verification (so that a key withdrawn from the configuration stops
 * being trusted within minutes even for its tokens already seen). Only successfully verified tokens are kept; a
 * token that fails is verified (and fails) every time. At most {@link #MAX_TOKENS} are kept: beyond that the cache
 * starts again empty, which costs one verification per caller.
 *
 * <p>Beyond smallrye-jwt's checks (signature against the provider's JWKS, issuer, audience, {@code exp} and {@code nbf}
 * with the clock skew, {@code exp - iat} at most {@code smallrye.jwt.time-to-live}), a token whose {@code iat} lies
 * further in the future than the clock skew is refused: jose4j checks {@code iat} only when asked to, smallrye-jwt
 * does not ask, and such a token would otherwise stretch its lifetime past the maximum (issued "tomorrow", valid
 * until tomorrow plus an hour).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final int MAX_TOKENS = 10_000;
    static final Duration LONGEST_KEPT = Duration.ofMinutes(5);

    private final JWTParser verifier;
    private final Clock clock;
    private final Duration clockSkew;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(JWTAuthContextInfo settings, Clock clock) {
        this(new DefaultJWTParser(settings), clock,
                Duration.ofSeconds(Math.max(settings.getClockSkew(), settings.getExpGracePeriodSecs())));
    }

    VerifiedTokens(JWTParser verifier, Clock clock, Duration clockSkew) {
        this.verifier = verifier;
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    /** The token verified as smallrye-jwt verifies it (key, issuer, audience, lifetime), and not issued in the future. */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Optional<JsonWebToken> known = remembered(token, now);
        if (known.isPresent()) {
            return known.get();
        }
        JsonWebToken fresh = verifier.parse(token);
        requireIssuedInThePast(fresh, now);
        remember(token, fresh, now);
        return fresh;
    }

    /**
     * The token if it was verified before and may still be served from memory; never verifies (no key lookup, no
     * I/O), so it may be asked on the event loop ({@link RememberedTokenIdentities}).
     */
    public Optional<JsonWebToken> remembered(String token) {
        return remembered(token, clock.instant());
    }

    private Optional<JsonWebToken> remembered(String token, Instant now) {
        Verified known = verified.get(token);
        return known != null && now.isBefore(known.until()) ? Optional.of(known.token()) : Optional.empty();
    }

    private void requireIssuedInThePast(JsonWebToken token, Instant now) throws ParseException {
        Instant issuedAt = Instant.ofEpochSecond(token.getIssuedAtTime());
        if (issuedAt.isAfter(now.plus(clockSkew))) {
            throw new ParseException("the token is issued in the future (iat " + issuedAt + ", now " + now
                    + ", clock skew " + clockSkew.toSeconds() + " s)");
        }
    }

    private void remember(String raw, JsonWebToken token, Instant now) {
        Instant until = now.plus(LONGEST_KEPT);
        if (token.getExpirationTime() > 0) {
            Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
            if (expires.isBefore(until)) {
                until = expires;
            }
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(raw, new Verified(token, until));
    }

    private record Verified(JsonWebToken token, Instant until) {
    }

    // The rest of the parser's API is not used for bearer tokens: passed on unchanged, never cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
