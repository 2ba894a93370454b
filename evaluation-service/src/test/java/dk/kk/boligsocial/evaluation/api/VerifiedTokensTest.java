package dk.kk.boligsocial.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** A token is verified once and then remembered until it expires; a refused one is never remembered. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final JWTAuthContextInfo CONTEXT = new JWTAuthContextInfo();

    private final List<String> verifications = new ArrayList<>();

    @Test
    void theSameTokenIsVerifiedOnceUntilItExpires() throws ParseException {
        VerifiedTokens tokens = tokens(NOW, NOW.plusSeconds(3600));
        JWTCallerPrincipal first = tokens.parse("a", CONTEXT);
        assertSame(first, tokens.parse("a", CONTEXT));
        tokens.parse("b", CONTEXT);
        assertEquals(List.of("a", "b"), verifications);
    }

    @Test
    void anExpiredTokenGoesThroughTheFullVerificationAgain() throws ParseException {
        Instant expiry = NOW.plusSeconds(60);
        tokens(NOW, expiry).parse("a", CONTEXT);
        VerifiedTokens later = new VerifiedTokens(verifier(expiry), Clock.fixed(expiry, ZoneOffset.UTC));
        later.parse("a", CONTEXT);
        later.parse("a", CONTEXT);
        assertEquals(List.of("a", "a", "a"), verifications, "an expired token is never answered from memory");
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(new JWTCallerPrincipalFactory() {
            @Override
            public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
                verifications.add(token);
                throw new ParseException("bad signature");
            }
        }, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(ParseException.class, () -> tokens.parse("forged", CONTEXT));
        assertThrows(ParseException.class, () -> tokens.parse("forged", CONTEXT));
        assertEquals(List.of("forged", "forged"), verifications);
    }

    private VerifiedTokens tokens(Instant now, Instant expiry) {
        return new VerifiedTokens(verifier(expiry), Clock.fixed(now, ZoneOffset.UTC));
    }

    private JWTCallerPrincipalFactory verifier(Instant expiry) {
        return new JWTCallerPrincipalFactory() {
            @Override
            public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) {
                verifications.add(token);
                JwtClaims claims = new JwtClaims();
                claims.setSubject("test-" + token);
                claims.setExpirationTime(NumericDate.fromSeconds(expiry.getEpochSecond()));
                return new DefaultJWTCallerPrincipal(token, claims);
            }
        };
    }
}
