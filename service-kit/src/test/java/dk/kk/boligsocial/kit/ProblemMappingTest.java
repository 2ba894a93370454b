package dk.kk.boligsocial.kit;

import dk.kk.boligsocial.testkit.PostgresTestResource;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ProblemMappingTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String VALIDATION = "https://boligsocial.kk.dk/problems/validation";
    private static final String UNSAFE_TEXT =
            "must not contain control characters (other than tab and line breaks) or unpaired surrogates";

    static Stream<Arguments> brokenBodies() {
        return Stream.of(
                // Bean Validation
                arguments("blank title", ProbeBodies.valid("\"title\": \" \""), "title", "must not be blank"),
                arguments("missing title", ProbeBodies.valid("\"titleless\": null").replace("\"titleless\": null,", ""),
                        "title", "must not be blank"),
                arguments("negative amount in a list element",
                        ProbeBodies.replacing("1500000.50", "-1"), "budget[1].amount.amount", "must be greater than or equal to 0.00"),
                arguments("too many decimals", ProbeBodies.replacing("1500000.50", "1.123"), "budget[1].amount.amount",
                        "numeric value out of bounds (<13 digits>.<2 digits> expected)"),
                arguments("wrong currency", ProbeBodies.replacing("\"currency\": \"DKK\"}},\n", "\"currency\": \"EUR\"}},\n"),
                        "budget[0].amount.currency", "must be DKK"),
                arguments("blank container element", ProbeBodies.replacing("\"young people\"", "\"\""), "targetGroups[1]",
                        "must not be blank"),
                arguments("null list element", ProbeBodies.replacing(
                        "{\"source\": \"MUNICIPALITY\", \"year\": 2013, \"amount\": {\"amount\": 1500000.50, \"currency\": \"DKK\"}}", "null"),
                        "budget[1]", "must not be null"),
                arguments("year out of range", ProbeBodies.replacing("\"years\": 4", "\"years\": 5"), "years",
                        "must be less than or equal to 4"),
                // Jackson: wrong types, unknown enum values, unknown properties
                arguments("amount is text", ProbeBodies.replacing("30000000.00", "\"lots\""), "budget[0].amount.amount",
                        "must be a number"),
                arguments("amount is a numeric string", ProbeBodies.replacing("30000000.00", "\"30000000.00\""),
                        "budget[0].amount.amount", "must be a number"),
                arguments("unknown enum value", ProbeBodies.replacing("\"LBF\"", "\"BANK\""), "budget[0].source",
                        "must be one of [LBF, MUNICIPALITY, HOUSING_ORGANISATION, OTHER]"),
                arguments("enum as ordinal", ProbeBodies.replacing("\"SMALL\"", "0"), "kind", "must be one of [SMALL, LARGE]"),
                arguments("unknown property", ProbeBodies.replacing("\"years\": 4", "\"years\": 4, \"colour\": \"red\""),
                        "colour", "unknown property"),
                arguments("unknown nested property", ProbeBodies.replacing("\"currency\": \"DKK\"}},\n",
                        "\"currency\": \"DKK\", \"vat\": 0}},\n"), "budget[0].amount.vat", "unknown property"),
                arguments("malformed uuid", ProbeBodies.replacing(ProbeBodies.ORGANISATION, "not-a-uuid"), "organisationId",
                        "must be a UUID"),
                arguments("malformed date", ProbeBodies.replacing("2012-01-01", "01-01-2012"), "periodStart",
                        "must be a date (YYYY-MM-DD)"),
                arguments("null for a primitive", ProbeBodies.replacing("\"years\": 4", "\"years\": null"), "years",
                        "must not be null"),
                arguments("float for an integer", ProbeBodies.replacing("\"years\": 4", "\"years\": 4.5"), "years",
                        "must be an integer"),
                arguments("object where a list belongs", ProbeBodies.replacing("[\"children\", \"young people\"]", "{}"),
                        "targetGroups", "must be an array"),
                arguments("list where an object belongs", ProbeBodies.replacing(
                        "{\"amount\": 30000000.00, \"currency\": \"DKK\"}", "[]"), "budget[0].amount", "must be an object"),
                // text is text: no coercion from numbers or booleans, no control characters, no key twice
                arguments("number for text", ProbeBodies.valid("\"title\": 12345"), "title", "must be a string"),
                arguments("boolean for text", ProbeBodies.valid("\"title\": true"), "title", "must be a string"),
                arguments("NUL in text", ProbeBodies.valid("\"title\": \"Ting\\u0000bjerg\""), "title", UNSAFE_TEXT),
                arguments("control character in a list element", ProbeBodies.replacing("\"children\"", "\"chil\\u0001dren\""),
                        "targetGroups[0]", UNSAFE_TEXT),
                arguments("unpaired surrogate", ProbeBodies.valid("\"title\": \"Ting\\ud800bjerg\""), "title", UNSAFE_TEXT),
                arguments("NUL after a UUID (Jackson would trim it away)",
                        ProbeBodies.replacing(ProbeBodies.ORGANISATION, ProbeBodies.ORGANISATION + "\\u0000"), "organisationId",
                        UNSAFE_TEXT),
                arguments("NUL after a date", ProbeBodies.replacing("2012-01-01", "2012-01-01\\u0000"), "periodStart",
                        UNSAFE_TEXT),
                arguments("control character after an enum name", ProbeBodies.replacing("\"SMALL\"", "\"SMALL\\u001f\""),
                        "kind", UNSAFE_TEXT),
                arguments("duplicate key", ProbeBodies.valid("\"title\": \"Tingbjerg\", \"title\": null"), "title",
                        "appears more than once in its object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBodies")
    void brokenBodyAnswers400NamingTheField(String name, String body, String field, String message) {
        post(body)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(VALIDATION))
                .body("title", equalTo("Invalid request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/v1/probes"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message))
                .body(not(containsString("java.")))
                .body(not(containsString("dk.kk")));
    }

    @Test
    void everyViolationIsListed() {
        post(ProbeBodies.replacing("\"Tingbjerg\"", "\"\"").replace("\"years\": 4", "\"years\": 0"))
                .statusCode(400)
                .body("detail", equalTo("2 fields are invalid"))
                .body("errors.field", org.hamcrest.Matchers.contains("title", "years"));
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                arguments("truncated", "{\"title\": \"Tingbjerg\""),
                arguments("not JSON", "title=Tingbjerg"),
                arguments("trailing comma", "{\"title\": \"Tingbjerg\",}"),
                arguments("single quotes", "{'title': 'Tingbjerg'}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void malformedJsonAnswers400(String name, String body) {
        post(body)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/malformed-json"))
                .body("detail", containsString("not well-formed JSON"))
                .body("errors", nullValue())
                .body(not(containsString("java.")));
    }

    @Test
    void contentAfterTheJsonValueAnswers400() {
        post(ProbeBodies.valid() + " {}")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", nullValue())
                .body("errors[0].message", equalTo("unexpected content after the JSON value"));
    }

    @Test
    void missingBodyAnswers400() {
        given().auth().oauth2(Tokens.kommune()).contentType(ContentType.JSON)
                .when().post("/v1/probes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("must not be null"));
    }

    @Test
    void aValidBodyIsCreatedAndMoneyIsWrittenPlain() {
        String json = post(ProbeBodies.valid())
                .statusCode(201)
                .header("ETag", "\"1\"")
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"amount\":31500000.50"), json);
    }

    @Test
    void invalidQueryParameterIsNamedByItsName() {
        given().auth().oauth2(Tokens.reader())
                .when().get("/v1/probes?minYear=1999")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("minYear"))
                .body("errors[0].message", equalTo("must be greater than or equal to 2000"));
    }

    @Test
    void serviceRaisedInvalidInputAndUnprocessable() {
        given().auth().oauth2(Tokens.kommune())
                .when().get("/v1/probes/invalid")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(VALIDATION))
                .body("errors[0].field", equalTo("roundId"))
                .body("errors[0].message", equalTo("unknown round"));
        post(ProbeBodies.replacing("2012-01-01", "1999-01-01"))
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/unprocessable"))
                .body("detail", equalTo("the period cannot start before 2000"));
    }

    @Test
    void unknownRouteAnswers404() {
        given().auth().oauth2(Tokens.kommune())
                .when().get("/v1/nothing-here")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/not-found"))
                .body("instance", equalTo("/v1/nothing-here"));
        given().when().get("/nothing/at/all")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
    }

    @Test
    void unknownResourceAnswers404() {
        String id = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.kommune())
                .when().get("/v1/probes/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("probe " + id + " does not exist"))
                .body("instance", equalTo("/v1/probes/" + id));
    }

    @Test
    void wrongMethodAnswers405() {
        given().auth().oauth2(Tokens.kommune())
                .when().delete("/v1/probes")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("detail", equalTo("Method DELETE is not allowed on /v1/probes"))
                .body("type", equalTo("https://boligsocial.kk.dk/problems/method-not-allowed"));
    }

    @Test
    void unsupportedContentTypeAnswers415() {
        given().auth().oauth2(Tokens.kommune()).contentType(ContentType.TEXT).body("title=x")
                .when().post("/v1/probes")
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/unsupported-media-type"));
    }

    @Test
    void unacceptableAcceptAnswers406() {
        given().auth().oauth2(Tokens.reader()).accept("application/xml")
                .when().get("/v1/probes")
                .then().statusCode(406)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/not-acceptable"));
    }

    @Test
    void otherWebApplicationExceptionsKeepTheirStatusButNotTheirMessage() {
        given().auth().oauth2(Tokens.kommune())
                .when().get("/v1/probes/teapot")
                .then().statusCode(429)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Too Many Requests"))
                .body(not(containsString("internal message")));
    }

    @Test
    void unexpectedErrorAnswers500WithoutInternals() {
        given().auth().oauth2(Tokens.kommune()).header("X-Correlation-Id", "support-case-17")
                .when().get("/v1/probes/failure")
                .then().statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/internal-error"))
                .body("correlationId", equalTo("support-case-17"))
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("ProbeResource")));
    }

    @Test
    void bodyAboveTheLimitAnswers413() {
        String huge = ProbeBodies.valid("\"title\": \"" + "x".repeat(300 * 1024) + "\"");
        post(huge)
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .header("X-Correlation-Id", notNullValue())
                .body("type", equalTo("https://boligsocial.kk.dk/problems/payload-too-large"))
                .body("instance", equalTo("/v1/probes"));
    }

    @Test
    void chunkedBodyAboveTheLimitAnswers413() throws Exception {
        byte[] huge = ProbeBodies.valid("\"title\": \"" + "x".repeat(300 * 1024) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = (HttpURLConnection) new URL("http://localhost:" + RestAssured.port + "/v1/probes").openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(8192);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Authorization", Tokens.bearer(Tokens.kommune()));
        try (OutputStream out = connection.getOutputStream()) {
            out.write(huge);
        } catch (IOException closedEarly) {
            // the server may answer and close before the whole body is sent
        }
        assertEquals(413, connection.getResponseCode());
    }

    @Test
    void tooLongRequestTargetAnswers414WithAProblem() {
        given().auth().oauth2(Tokens.kommune())
                .when().get("/v1/probes/" + "a".repeat(9_000))
                .then().statusCode(414)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/uri-too-long"))
                .body("detail", equalTo("The request target is longer than 8192 characters"));
    }

    @Test
    void tooLargeHeadersAnswer431WithAProblem() {
        given().auth().oauth2(Tokens.kommune()).header("X-Filler", "f".repeat(20_000))
                .when().get("/v1/probes")
                .then().statusCode(431)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/headers-too-large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controlCharactersInTheRequestTarget")
    void controlCharactersInPathOrQueryAnswer400(String name, String target) {
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.kommune())
                .when().get(target)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(VALIDATION))
                .body(not(containsString("\u0000")));
    }

    static Stream<Arguments> controlCharactersInTheRequestTarget() {
        return Stream.of(
                arguments("NUL in the path", "/v1/probes/%00"),
                arguments("NUL inside a path segment", "/v1/probes/a%00b"),
                arguments("line feed in the path", "/v1/probes/a%0Ab"),
                arguments("NUL in a query value", "/v1/probes?kind=%00"),
                arguments("DEL in a query value", "/v1/probes?kind=SMALL%7F"),
                arguments("NUL in a query name", "/v1/probes?ki%00nd=SMALL"));
    }

    /**
     * A request target that is not a URI at all is refused by Quarkus before any route runs, so its 400 has no body:
     * one of the HTTP layer's answers no application code can reach (like a request line above 64 KiB).
     */
    @Test
    void requestTargetThatIsNoUriAnswers400() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://localhost:" + RestAssured.port
                + "/v1/probes?minYear=%E").openConnection();
        connection.setRequestProperty("Authorization", Tokens.bearer(Tokens.kommune()));
        assertEquals(400, connection.getResponseCode());
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(Tokens.kommune()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/probes")
                .then();
    }
}
