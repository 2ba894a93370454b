package dk.kk.boligsocial.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local identity provider is a real OpenID Connect provider whose tokens verify against its own JWKS only. */
class LocalIdentityProviderTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalIdentityProvider provider;

    @BeforeAll
    static void start() {
        provider = LocalIdentityProvider.start();
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void discoveryNamesTheIssuerItsJwksAndItsTokenEndpoint() throws Exception {
        String discovery = get(provider.discoveryUri());
        assertTrue(discovery.contains("\"issuer\" : \"" + provider.issuer() + "\""), discovery);
        assertTrue(discovery.contains("\"jwks_uri\" : \"" + provider.jwksUri() + "\""), discovery);
        assertTrue(discovery.contains("\"token_endpoint\" : \"" + provider.issuer() + "/token\""), discovery);
    }

    @Test
    void aTokenCarriesTheRequestedClaimsAndVerifiesAgainstTheJwks() throws Exception {
        String organisation = UUID.randomUUID().toString();
        String token = provider.token(LocalTokenRequest.of("someone", Set.of("boligorganisation", "reader"), organisation));

        JwtClaims claims = verifier(Audiences.PLANS).processToClaims(token);
        assertEquals(provider.issuer().toString(), claims.getIssuer());
        assertEquals("someone", claims.getSubject());
        assertEquals(Set.of("boligorganisation", "reader"), Set.copyOf(claims.getStringListClaimValue("groups")));
        assertEquals(organisation, claims.getStringClaimValue("org_id"));
        assertEquals(Audiences.ALL, claims.getAudience());
        assertEquals(3600, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    @Test
    void aTokenNamesOnlyTheAudiencesAskedFor() throws Exception {
        String token = provider.token(LocalTokenRequest.of("someone", Set.of("kommune"), null)
                .forAudiences(List.of(Audiences.FUNDING)));
        JwtClaims claims = verifier(Audiences.FUNDING).processToClaims(token);
        assertEquals(List.of(Audiences.FUNDING), claims.getAudience());
        assertFalse(claims.hasClaim("org_id"));
        assertThrows(InvalidJwtException.class, () -> verifier(Audiences.PLANS).processToClaims(token));
    }

    @Test
    void lifetimeAndIssueTimeCanBeAskedForToTestTheirRefusal() throws Exception {
        Instant issued = Instant.now().minusSeconds(60);
        String token = provider.token(LocalTokenRequest.of("long", Set.of("kommune"), null)
                .living(Duration.ofDays(3650)).issuedAt(issued));
        JwtClaims claims = verifier(Audiences.PLANS).processToClaims(token);
        assertEquals(issued.getEpochSecond(), claims.getIssuedAt().getValue());
        assertEquals(Duration.ofDays(3650).toSeconds(), claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    /** Also: close() stops it. */
    @Test
    void eachStartSignsWithAKeyOfItsOwn() throws Exception {
        LocalIdentityProvider other = LocalIdentityProvider.start();
        String token = other.token(LocalTokenRequest.of("elsewhere", Set.of("kommune"), null));
        URI otherJwks = other.jwksUri();
        other.close();
        assertThrows(ConnectException.class, () -> get(otherJwks));

        InvalidJwtException refused = assertThrows(InvalidJwtException.class,
                () -> new JwtConsumerBuilder().setSkipDefaultAudienceValidation().setSkipAllValidators()
                        .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(provider.jwksUri().toString())))
                        .build().processToClaims(token));
        assertTrue(refused.getMessage().contains("signature"), refused.getMessage());
    }

    @Test
    void tokenMainPrintsATokenOfTheProviderForAKnownRole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String organisation = UUID.randomUUID().toString();

        int status = TokenMain.run(new String[] {"boligorganisation", organisation}, provider.issuer(), print(out), print(err));

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        JwtClaims claims = verifier(Audiences.EVALUATION).processToClaims(out.toString(StandardCharsets.UTF_8).trim());
        assertEquals("dev-boligorganisation", claims.getSubject());
        assertEquals(organisation, claims.getStringClaimValue("org_id"));
        assertEquals(Audiences.ALL, claims.getAudience());
    }

    @Test
    void tokenMainRejectsBadArgumentsWithStatus2() {
        assertUsageError("unknown role 'admin'", "admin");
        assertUsageError("ORG_ID must be a UUID", "kommune", "not-a-uuid");
        assertUsageError("needs ORG_ID", "boligorganisation");
        assertUsageError("usage: token ROLE [ORG_ID]");
    }

    @Test
    void tokenMainSaysWhenNoProviderAnswers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        URI nowhere;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            nowhere = URI.create("http://localhost:" + socket.getLocalPort() + "/boligsocial");
        }
        assertEquals(1, TokenMain.run(new String[] {"kommune"}, nowhere, print(out), print(err)));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("does not answer at " + nowhere + "/token") && message.contains("./run"), message);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    private static JwtConsumer verifier(String audience) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setExpectedIssuer(provider.issuer().toString())
                .setExpectedAudience(audience)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(provider.jwksUri().toString())))
                .build();
    }

    private static void assertUsageError(String expectedMessage, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, TokenMain.run(args, provider.issuer(), print(out), print(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(expectedMessage), err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(ByteArrayOutputStream sink) {
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), uri + ": " + response.body());
        return response.body();
    }
}
