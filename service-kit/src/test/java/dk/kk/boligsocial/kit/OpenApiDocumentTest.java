package dk.kk.boligsocial.kit;

import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class OpenApiDocumentTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private JsonPath document;

    @BeforeEach
    void fetch() {
        document = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void problemAndFieldErrorSchemasArePresent() {
        assertEquals(List.of("type", "title", "status"), document.getList("components.schemas.Problem.required"));
        assertEquals("#/components/schemas/FieldError", document.getString("components.schemas.Problem.properties.errors.items.$ref"));
        assertNotNull(document.get("components.schemas.FieldError.properties.field"));
    }

    @Test
    void bearerJwtSchemeIsDeclaredOnceAndRequiredByOperations() {
        Map<String, Object> schemes = document.getMap("components.securitySchemes");
        assertEquals(List.of("jwt"), List.copyOf(schemes.keySet()));
        assertEquals("http", document.getString("components.securitySchemes.jwt.type"));
        assertEquals("bearer", document.getString("components.securitySchemes.jwt.scheme"));
        assertEquals("JWT", document.getString("components.securitySchemes.jwt.bearerFormat"));
        assertEquals(List.of(Map.of("jwt", List.of())), document.getList("paths.'/v1/probes'.post.security"));
        assertEquals(List.of(Map.of("jwt", List.of())), document.getList("paths.'/v1/caller/kommune'.get.security"));
    }

    @Test
    void aPublicOperationKeepsItsOwnSecurity() {
        // @SecurityRequirementsSet without requirements: the empty requirement, i.e. no authentication needed
        assertEquals(List.of(Map.of()), document.getList("paths.'/v1/caller/public'.get.security"));
    }

    @Test
    void operationsGetProblemResponses() {
        String post = "paths.'/v1/probes'.post.responses.";
        for (String status : List.of("400", "401", "403", "500")) {
            assertEquals(PROBLEM_REF, document.getString(post + "'" + status + "'.content.'application/problem+json'.schema.$ref"), status);
        }
        assertNull(document.get(post + "'404'"), "no path parameter, no 404");

        String get = "paths.'/v1/probes/{id}'.get.responses.";
        assertEquals(PROBLEM_REF, document.getString(get + "'404'.content.'application/problem+json'.schema.$ref"));
        assertNull(document.get(get + "'400'"), "no body and no query parameter, no 400");

        String list = "paths.'/v1/probes'.get.responses.";
        assertEquals(PROBLEM_REF, document.getString(list + "'400'.content.'application/problem+json'.schema.$ref"));
    }

    @Test
    void declaredResponsesAreKeptAndErrorsWithoutContentGetTheProblem() {
        String put = "paths.'/v1/probes/{id}'.put.responses.";
        assertEquals("Renamed", document.getString(put + "'200'.description"));
        assertEquals("Declared by the operation without content", document.getString(put + "'409'.description"));
        assertEquals(PROBLEM_REF, document.getString(put + "'409'.content.'application/problem+json'.schema.$ref"));
        assertFalse(document.getMap(put + "'200'").containsKey("content") && document.getMap(put + "'200'.content").containsKey("application/problem+json"));
    }

    @Test
    void pageParametersAreDocumentedAsAnIntegerLimitAndAStringCursor() {
        List<Map<String, Object>> parameters = document.getList("paths.'/v1/probes'.get.parameters");
        Map<String, Object> limit = parameters.stream().filter(p -> "limit".equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals("query", limit.get("in"));
        assertEquals("integer", ((Map<?, ?>) limit.get("schema")).get("type"));
        assertTrue(parameters.stream().anyMatch(p -> "cursor".equals(p.get("name"))));
    }

    @Test
    void everyOperationWithABodyDeclares413() {
        for (String operation : List.of("paths.'/v1/probes'.post", "paths.'/v1/probes/{id}'.put", "paths.'/v1/probes/idempotent'.post")) {
            assertEquals(PROBLEM_REF, document.getString(operation + ".responses.'413'.content.'application/problem+json'.schema.$ref"),
                    operation);
        }
        assertNull(document.get("paths.'/v1/probes'.get.responses.'413'"), "no body, no 413");
    }

    @Test
    void anErrorDeclaredWithoutAnExampleGetsOneOfItsProblemType() {
        Map<String, Object> example = document.getMap(
                "paths.'/v1/probes/{id}'.put.responses.'409'.content.'application/problem+json'.examples.conflict.value");
        assertEquals("https://boligsocial.kk.dk/problems/conflict", example.get("type"));
        assertEquals(409, example.get("status"));
    }

    @Test
    void aSchemaThatOnlyAnswersHasEveryPropertyRequiredAndARequestKeepsItsOwn() {
        assertEquals(List.of("createdAt", "id", "title", "total", "version").stream().sorted().toList(),
                document.getList("components.schemas.ProbeView.required", String.class).stream().sorted().toList());
        assertEquals(List.of("items", "next"), document.getList("components.schemas.PageProbeView.required"));
        List<String> request = document.getList("components.schemas.ProbeRequest.required", String.class);
        assertFalse(request.contains("periodStart"), "an optional request field stays optional: " + request);
    }
}
