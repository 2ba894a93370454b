package dk.kk.boligsocial.kit;

import dk.kk.boligsocial.kit.security.VerifiedTokens;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.quarkus.arc.ClientProxy;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SecurityTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final UUID ORGANISATION = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = {"kommune", "lbf", "boligorganisation", "evaluator", "reader"})
    void eachRoleReachesItsEndpointAndNoOther(String role) {
        String token = Tokens.token("someone-" + role, Set.of(role), ORGANISATION);
        given().auth().oauth2(token)
                .when().get("/v1/caller/" + role)
                .then().statusCode(200)
                .body("subject", equalTo("someone-" + role))
                .body("roles", contains(role))
                .body("organisationId", equalTo(ORGANISATION.toString()))
                .body("housingOrganisation", equalTo(role.equals("boligorganisation")));
        String other = role.equals("reader") ? "kommune" : "reader";
        given().auth().oauth2(token)
                .when().get("/v1/caller/" + other)
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/forbidden"))
                .body("instance", equalTo("/v1/caller/" + other));
    }

    @Inject
    JWTParser tokenParser;

    /** Bearer tokens are verified once and then remembered (VerifiedTokensTest says for how long). */
    @Test
    void bearerTokensGoThroughTheVerifiedTokensCache() {
        assertInstanceOf(VerifiedTokens.class, ClientProxy.unwrap(tokenParser));
    }

    @Test
    void aRememberedTokenNeverLetsAnAlteredOneIn() {
        String token = Tokens.token("someone", Set.of("reader"), ORGANISATION);
        given().auth().oauth2(token).when().get("/v1/caller/reader").then().statusCode(200);
        given().auth().oauth2(token).when().get("/v1/caller/reader").then().statusCode(200);

        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);
        assertInvalidToken(altered);
        assertInvalidToken(token + "x");
    }

    @Test
    void withoutTokenAnswers401WithChallenge() {
        given().when().get("/v1/caller/kommune")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://boligsocial.kk.dk/problems/unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void tokenSignedByAnotherKeyAnswers401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("boligsocial-dev").audience(Tokens.AUDIENCES).subject("mallory").upn("mallory")
                .groups(Set.of("kommune")).sign(generator.generateKeyPair().getPrivate());
        assertInvalidToken(forged);
    }

    @Test
    void expiredTokenAnswers401() throws Exception {
        String expired = Jwt.issuer("boligsocial-dev").audience(Tokens.AUDIENCES).subject("late").upn("late")
                .groups(Set.of("kommune"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(TokensKey.privateKey());
        assertInvalidToken(expired);
    }

    @Test
    void tokenOfAnotherIssuerAnswers401() throws Exception {
        String foreign = Jwt.issuer("someone-else").audience(Tokens.AUDIENCES).subject("x").upn("x")
                .groups(Set.of("kommune")).sign(TokensKey.privateKey());
        assertInvalidToken(foreign);
    }

    /** The probe application's audience is boligsocial-plans (test application.properties). */
    @Test
    void tokenForAnotherAudienceOnlyAnswers401() throws Exception {
        String elsewhere = Jwt.issuer("boligsocial-dev").audience("boligsocial-funding").subject("x").upn("x")
                .groups(Set.of("kommune")).sign(TokensKey.privateKey());
        assertInvalidToken(elsewhere);
        String withoutAudience = Jwt.issuer("boligsocial-dev").subject("x").upn("x").groups(Set.of("kommune"))
                .sign(TokensKey.privateKey());
        assertInvalidToken(withoutAudience);
    }

    @Test
    void garbageTokenAnswers401() {
        assertInvalidToken("not.a.token");
    }

    @Test
    void endpointWithoutSecurityAnnotationIsDeniedToEveryone() {
        given().when().get("/v1/probes/unannotated").then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(Tokens.kommune())
                .when().get("/v1/probes/unannotated")
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void permitAllEndpointServesAnonymousCallers() {
        given().when().get("/v1/caller/public")
                .then().statusCode(200)
                .body("subject", equalTo("anonymous"))
                .body("organisationId", nullValue());
    }

    @Test
    void housingOrganisationSeesOnlyItsOwnOrganisation() {
        UUID own = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        given().auth().oauth2(Tokens.boligorganisation(own))
                .when().get("/v1/caller/organisations/" + own)
                .then().statusCode(200)
                .body("organisationId", equalTo(own.toString()));
        given().auth().oauth2(Tokens.boligorganisation(own))
                .when().get("/v1/caller/organisations/" + other)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("organisation " + other + " does not exist"));
        given().auth().oauth2(Tokens.token("both", Set.of("boligorganisation", "kommune"), own))
                .when().get("/v1/caller/organisations/" + other)
                .then().statusCode(404);
    }

    /** Scoping fails closed: staff of an organisation the token does not name may do nothing at all. */
    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid"})
    void housingOrganisationTokenWithoutAValidOrganisationIsRefusedEverywhere(String claim) {
        String token = Tokens.boligorganisationWithClaim(claim.isEmpty() ? null : claim);
        for (String path : List.of("/v1/caller/organisations/" + UUID.randomUUID(), "/v1/caller/boligorganisation",
                "/v1/caller/reader", "/v1/probes")) {
            given().auth().oauth2(token)
                    .when().get(path)
                    .then().statusCode(403)
                    .contentType(PROBLEM_JSON)
                    .body("detail", equalTo("A token with the boligorganisation role must name the caller's housing"
                            + " organisation: a UUID in org_id"));
        }
        given().auth().oauth2(Tokens.token("lost-with-more-roles", Set.of("boligorganisation", "kommune"), null))
                .when().get("/v1/caller/kommune")
                .then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kommune", "lbf", "evaluator", "reader"})
    void otherRolesSeeEveryOrganisation(String role) {
        given().auth().oauth2(Tokens.token("someone", Set.of(role), null))
                .when().get("/v1/caller/organisations/" + UUID.randomUUID())
                .then().statusCode(200);
    }

    private static void assertInvalidToken(String token) {
        given().auth().oauth2(token)
                .when().get("/v1/caller/kommune")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body("detail", equalTo("The bearer token is invalid or has expired"));
    }
}
