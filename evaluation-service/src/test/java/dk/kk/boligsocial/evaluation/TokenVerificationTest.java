package dk.kk.boligsocial.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dk.kk.boligsocial.evaluation.api.VerifiedTokens;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Tokens are verified once (VerifiedTokens), and what was remembered never lets another token in. */
@QuarkusTest
class TokenVerificationTest {

    @Inject
    JWTCallerPrincipalFactory factory;

    @Test
    void smallryeVerifiesThroughTheRememberingFactory() {
        assertInstanceOf(VerifiedTokens.class, factory);
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefusedAfterTheGenuineOneWasRemembered() {
        String token = Tokens.reader();
        given().header("Authorization", Tokens.bearer(token)).get("/v1/indicators").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(token)).get("/v1/indicators").then().statusCode(200);

        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().header("Authorization", Tokens.bearer(forged)).get("/v1/indicators").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(token + "x")).get("/v1/indicators").then().statusCode(401);
    }
}
