package dk.kk.boligsocial.kit.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import dk.kk.boligsocial.testkit.Sql;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The kit's defaults as every service gets them (the test profile does not change them): health on the management
 * interface only, without the text of a failure; no Swagger UI; the OpenAPI document on the API's port.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ManagementInterfaceTest {

    /** What must never reach a health answer: driver and client messages, SQL, logins, exception classes. */
    private static final Pattern RAW_TEXT = Pattern.compile(
            "(?i)FATAL|ERROR:|exception|select |permission|login|password|not permitted|jdbc|[a-z]+\\.[a-z]+\\.[A-Z]\\w+Exception");

    /** Relative to the management interface's root path, /q. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @TestHTTPResource(value = "/swagger-ui", management = true)
    URL managementSwaggerUi;

    @Test
    void healthIsServedOnTheManagementPortAndNotOnTheApisPort() {
        assertNotEquals(readiness.getPort(), ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class));
        given().get(readiness).then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get(health).then().statusCode(200);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/health/live").then().statusCode(404);
    }

    @Test
    void swaggerUiIsNotServedUnlessSwitchedOnButTheOpenApiDocumentIs() {
        given().get("/q/swagger-ui").then().statusCode(404);
        given().get("/q/swagger-ui/index.html").then().statusCode(404);
        given().get(managementSwaggerUi).then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
    }

    /**
     * The database refuses the service's login (as after a rotated password): readiness goes DOWN, and the answer
     * names the failing check without the driver's message, which would show the login, the host and the cause.
     */
    @Test
    void aFailingDatabaseMakesReadinessDownWithoutItsErrorText() {
        String runtime = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        Sql.update("alter role " + runtime + " nologin");
        try {
            Sql.count("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity where usename = ?) t", runtime);
            Await.until(Duration.ofSeconds(20), () -> given().get(readiness).statusCode() == 503);
            Response down = given().get(readiness);
            down.then().statusCode(503).body("status", is("DOWN"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", is("DOWN"));
            String body = down.asString();
            assertFalse(RAW_TEXT.matcher(body).find(), "no raw error text: " + body);
            assertFalse(body.contains(runtime), "no login name: " + body);
        } finally {
            Sql.update("alter role " + runtime + " login");
        }
        Await.until(Duration.ofSeconds(20), () -> given().get(readiness).statusCode() == 200);
        assertEquals(200, given().get(readiness).statusCode());
    }
}
