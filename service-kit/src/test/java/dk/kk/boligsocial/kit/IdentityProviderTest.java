package dk.kk.boligsocial.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dk.kk.boligsocial.oidc.Audiences;
import dk.kk.boligsocial.oidc.LocalIdentityProvider;
import dk.kk.boligsocial.oidc.LocalTokenRequest;
import dk.kk.boligsocial.testkit.IdentityProviderTestResource;
import dk.kk.boligsocial.testkit.InjectIdentityProvider;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tokens verified the way production verifies them: against a real OpenID Connect provider's JWKS (local-oidc, in its
 * own JVM), with issuer, this service's audience (boligsocial-plans), a maximum lifetime of an hour and a clock skew
 * of a minute. Whatever the provider did not issue for this service, for now, is 401.
 */
@QuarkusTest
@TestProfile(IdentityProviderTest.AtTheProvider.class)
class IdentityProviderTest {

    /** The kit's test profile, but with the provider's issuer and JWKS instead of the development key. */
    public static class AtTheProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class),
                    new TestResourceEntry(IdentityProviderTestResource.class));
        }
    }

    @InjectIdentityProvider
    LocalIdentityProvider provider;

    @Test
    void aTokenOfTheProviderForThisServiceIsAccepted() {
        given().auth().oauth2(provider.token(LocalTokenRequest.of("someone", Set.of("kommune"), null)))
                .when().get("/v1/caller/kommune")
                .then().statusCode(200)
                .body("subject", equalTo("someone"));
        given().auth().oauth2(provider.token(LocalTokenRequest.of("only-plans", Set.of("kommune"), null)
                        .forAudiences(List.of(Audiences.PLANS))))
                .when().get("/v1/caller/kommune")
                .then().statusCode(200);
    }

    /** The repository's development key signs a token that looks right in every other way: the JWKS decides. */
    @Test
    void aTokenSignedWithTheRepositorysKeyIsRefused() throws Exception {
        String forged = Jwt.issuer(provider.issuer().toString()).audience(Audiences.PLANS).subject("mallory")
                .groups(Set.of("kommune", "lbf")).claim("org_id", "00000000-0000-0000-0000-000000000001")
                .jws().keyId("boligsocial").algorithm(SignatureAlgorithm.RS256).sign(TokensKey.privateKey());
        assertInvalidToken(forged);
        assertInvalidToken(dk.kk.boligsocial.testkit.Tokens.kommune());
    }

    @Test
    void aTokenForAnotherServiceIsRefused() {
        assertInvalidToken(provider.token(LocalTokenRequest.of("someone", Set.of("kommune"), null)
                .forAudiences(List.of(Audiences.FUNDING, Audiences.EVALUATION))));
    }

    /** Same server, another issuer (another path, another key): not the issuer this service trusts. */
    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        URI otherIssuer = URI.create(provider.issuer().toString().replace("/boligsocial", "/someone-else"));
        assertInvalidToken(dk.kk.boligsocial.oidc.TokenClient.fetch(otherIssuer,
                LocalTokenRequest.of("someone", Set.of("kommune"), null)));
    }

    @Test
    void aTokenLivingLongerThanAnHourIsRefused() {
        LocalTokenRequest kommune = LocalTokenRequest.of("long-lived", Set.of("kommune", "lbf"), null);
        assertInvalidToken(provider.token(kommune.living(Duration.ofDays(3650))));
        assertInvalidToken(provider.token(kommune.living(Duration.ofMinutes(61))));
        given().auth().oauth2(provider.token(kommune.living(Duration.ofMinutes(60))))
                .when().get("/v1/caller/kommune")
                .then().statusCode(200);
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedBeyondTheClockSkew() {
        LocalTokenRequest kommune = LocalTokenRequest.of("early", Set.of("kommune"), null).living(Duration.ofMinutes(30));
        assertInvalidToken(provider.token(kommune.issuedAt(Instant.now().plus(Duration.ofHours(1)))));
        assertInvalidToken(provider.token(kommune.issuedAt(Instant.now().plus(Duration.ofSeconds(90)))));
        given().auth().oauth2(provider.token(kommune.issuedAt(Instant.now().plus(Duration.ofSeconds(30)))))
                .when().get("/v1/caller/kommune")
                .then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertInvalidToken(provider.token(LocalTokenRequest.of("late", Set.of("kommune"), null)
                .issuedAt(Instant.now().minus(Duration.ofMinutes(90))).living(Duration.ofMinutes(20))));
    }

    private static void assertInvalidToken(String token) {
        given().auth().oauth2(token)
                .when().get("/v1/caller/kommune")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body("detail", equalTo("The bearer token is invalid or has expired"));
    }
}
