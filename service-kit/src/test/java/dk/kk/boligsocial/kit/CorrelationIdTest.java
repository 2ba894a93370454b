package dk.kk.boligsocial.kit;

import dk.kk.boligsocial.testkit.PostgresTestResource;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CorrelationIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void theCallersIdIsUsedAndReturned() {
        given().auth().oauth2(Tokens.kommune()).header("X-Correlation-Id", "case-2011.14:7")
                .when().get("/v1/caller/kommune")
                .then().statusCode(200)
                .header("X-Correlation-Id", "case-2011.14:7")
                .body("correlationId", equalTo("case-2011.14:7"));
    }

    @Test
    void withoutOneAnIdIsGeneratedAndReturned() {
        String header = given().auth().oauth2(Tokens.kommune())
                .when().get("/v1/caller/kommune")
                .then().statusCode(200)
                .header("X-Correlation-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Correlation-Id");
        String body = given().auth().oauth2(Tokens.kommune()).header("X-Correlation-Id", header)
                .when().get("/v1/caller/kommune").then().extract().path("correlationId");
        assertEquals(header, body);
    }

    @Test
    void anIdThatCouldInjectIntoLogsIsReplaced() {
        given().auth().oauth2(Tokens.kommune()).header("X-Correlation-Id", "x\" forged=\"" + "y".repeat(200))
                .when().get("/v1/caller/kommune")
                .then().statusCode(200)
                .header("X-Correlation-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void errorsOutsideJaxRsCarryTheIdToo() {
        String id = UUID.randomUUID().toString();
        given().header("X-Correlation-Id", id)
                .when().get("/no/such/route")
                .then().statusCode(404)
                .header("X-Correlation-Id", id);
        given().header("X-Correlation-Id", id)
                .when().get("/v1/caller/kommune")
                .then().statusCode(401)
                .header("X-Correlation-Id", id);
    }
}
