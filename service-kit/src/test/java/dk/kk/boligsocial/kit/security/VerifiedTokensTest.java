package dk.kk.boligsocial.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * A token is verified once and then served from memory, but never past its expiry or five minutes; a token issued in
 * the future (beyond the clock skew) is refused. A remembered token becomes an identity without a verification (and
 * without a worker thread), any other token is left to smallrye-jwt's validator.
 */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static final Duration SKEW = Duration.ofSeconds(60);

    private final CountingVerifier verifier = new CountingVerifier();
    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock, SKEW);
    private final RememberedTokenIdentities identities = new RememberedTokenIdentities(tokens);

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() throws ParseException {
        verifier.expiresAt = NOW.plus(Duration.ofHours(1));
        JsonWebToken first = tokens.parse("token-a");
        clock.advance(Duration.ofMinutes(4));
        assertSame(first, tokens.parse("token-a"));
        assertEquals(List.of("token-a"), verifier.verified);

        tokens.parse("token-b");
        assertEquals(List.of("token-a", "token-b"), verifier.verified, "another token is verified on its own");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndNotServedFromMemory() throws ParseException {
        verifier.expiresAt = NOW.plus(Duration.ofMinutes(2));
        tokens.parse("token-a");
        clock.advance(Duration.ofMinutes(2));
        verifier.failWith = new ParseException("expired");
        assertThrows(ParseException.class, () -> tokens.parse("token-a"));
        assertEquals(2, verifier.verified.size());
    }

    @Test
    void aTokenIsVerifiedAgainAfterFiveMinutesEvenIfItLivesLonger() throws ParseException {
        verifier.expiresAt = NOW.plus(Duration.ofHours(8));
        tokens.parse("token-a");
        clock.advance(VerifiedTokens.LONGEST_KEPT);
        verifier.failWith = new ParseException("key withdrawn");
        assertThrows(ParseException.class, () -> tokens.parse("token-a"));
    }

    @Test
    void aTokenThatFailsIsNeverRemembered() {
        verifier.failWith = new ParseException("bad signature");
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(2, verifier.verified.size());
    }

    @Test
    void aTokenIssuedInTheFutureBeyondTheClockSkewIsRefusedAndNeverRemembered() {
        verifier.issuedAt = NOW.plus(SKEW).plusSeconds(1);
        verifier.expiresAt = verifier.issuedAt.plus(Duration.ofMinutes(30));
        ParseException refused = assertThrows(ParseException.class, () -> tokens.parse("from-the-future"));
        assertTrue(refused.getMessage().contains("issued in the future"), refused.getMessage());
        assertThrows(ParseException.class, () -> tokens.parse("from-the-future"));
        assertEquals(2, verifier.verified.size(), "verified (and refused) each time");
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() throws ParseException {
        verifier.issuedAt = NOW.plus(SKEW);
        verifier.expiresAt = NOW.plus(Duration.ofMinutes(30));
        assertEquals("slightly-ahead", tokens.parse("slightly-ahead").getSubject());
    }

    @Test
    void atMostTenThousandTokensAreKept() throws ParseException {
        verifier.expiresAt = NOW.plus(Duration.ofHours(1));
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            tokens.parse("token-" + i);
        }
        int verifications = verifier.verified.size();
        tokens.parse("token-1");
        assertEquals(verifications + 1, verifier.verified.size(), "the full cache started again empty");
    }

    @Test
    void aRememberedTokenBecomesAnIdentityWithoutBeingVerifiedAgain() throws ParseException {
        verifier.expiresAt = NOW.plus(Duration.ofHours(1));
        tokens.parse("token-a");
        SecurityIdentity identity = identities.authenticate(request("token-a"), null).await().indefinitely();
        assertEquals("token-a", identity.getPrincipal().getName());
        assertEquals(Set.of("kommune"), identity.getRoles());
        assertEquals("token-a", identity.getCredential(TokenCredential.class).getToken());
        assertEquals(List.of("token-a"), verifier.verified, "verified once, by the parser");
    }

    @Test
    void aTokenNotVerifiedBeforeIsLeftToTheValidator() {
        assertNull(identities.authenticate(request("never-seen"), null).await().indefinitely());
        assertTrue(verifier.verified.isEmpty(), "nothing is verified on the event loop");
    }

    @Test
    void aRememberedTokenPastItsExpiryIsLeftToTheValidator() throws ParseException {
        verifier.expiresAt = NOW.plus(Duration.ofMinutes(2));
        tokens.parse("token-a");
        clock.advance(Duration.ofMinutes(2));
        assertNull(identities.authenticate(request("token-a"), null).await().indefinitely());
    }

    @Test
    void theRememberedTokensAreAskedBeforeSmallryeJwtsValidator() {
        assertTrue(identities.priority() > new io.quarkus.security.identity.IdentityProvider<TokenAuthenticationRequest>() {
            @Override
            public Class<TokenAuthenticationRequest> getRequestType() {
                return TokenAuthenticationRequest.class;
            }

            @Override
            public io.smallrye.mutiny.Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                    io.quarkus.security.identity.AuthenticationRequestContext context) {
                return null;
            }
        }.priority(), "smallrye-jwt's MpJwtValidator keeps the default priority");
    }

    private static TokenAuthenticationRequest request(String token) {
        return new TokenAuthenticationRequest(new TokenCredential(token, "bearer"));
    }

    private static final class CountingVerifier implements JWTParser {
        final List<String> verified = new ArrayList<>();
        Instant expiresAt;
        Instant issuedAt = NOW.minusSeconds(1);
        ParseException failWith;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (failWith != null) {
                throw failWith;
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject(token);
            claims.setStringListClaim("groups", "kommune");
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expiresAt.getEpochSecond()));
            claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            return new DefaultJWTCallerPrincipal(token, claims);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken parseOnly(String token) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
