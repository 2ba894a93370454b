package dk.kk.boligsocial.kit;

import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PaginationAndConcurrencyTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void pagesWalkTheWholeCollectionOnceInOrder() {
        for (int i = 0; i < 5; i++) {
            create();
        }
        List<String> all = given().auth().oauth2(Tokens.reader()).when().get("/v1/probes?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(Tokens.reader()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/v1/probes").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            assertTrue(ids.size() <= 2);
            walked.addAll(ids);
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(all, walked);
        assertEquals(all.size(), new HashSet<>(walked).size());
    }

    @Test
    void lastPageHasNullNext() {
        String body = given().auth().oauth2(Tokens.reader()).when().get("/v1/probes?limit=200")
                .then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"next\":null"), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1", "ten", "1.5"})
    void limitOutOfRangeAnswers400(String limit) {
        given().auth().oauth2(Tokens.reader()).queryParam("limit", limit)
                .when().get("/v1/probes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "dGhpcyBpcyBub3QgYSBjdXJzb3I", "djF8bm90LWEtdGltZXw2YjI2ZGE5Zi0wYjk3LTQ2NjEtOGVjNC1kYjE5NGE2ZDk4ZjA"})
    void undecodableCursorAnswers400(String cursor) {
        given().auth().oauth2(Tokens.reader()).queryParam("cursor", cursor)
                .when().get("/v1/probes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void badLimitAndCursorAreReportedTogether() {
        given().auth().oauth2(Tokens.reader()).queryParam("limit", "0").queryParam("cursor", "nope")
                .when().get("/v1/probes")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("limit", "cursor"));
    }

    @Test
    void aCursorOfAnyPositionIsAccepted() {
        given().auth().oauth2(Tokens.reader()).queryParam("cursor", Cursor.encode(Instant.now(), UUID.randomUUID()))
                .when().get("/v1/probes")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void updatesNeedTheCurrentVersionInIfMatch() {
        String id = create();
        given().auth().oauth2(Tokens.reader()).when().get("/v1/probes/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");

        rename(id, null).statusCode(428)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/precondition-required"));
        rename(id, "\"7\"").statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://boligsocial.kk.dk/problems/precondition-failed"));
        rename(id, "*").statusCode(412);
        rename(id, "\"1\"").statusCode(200).header("ETag", "\"2\"").body("title", equalTo("renamed"));
        rename(id, "\"1\"").statusCode(412);
        rename(id, "W/\"2\"").statusCode(200).header("ETag", "\"3\"");
    }

    private static io.restassured.response.ValidatableResponse rename(String id, String ifMatch) {
        var request = given().auth().oauth2(Tokens.kommune()).contentType(ContentType.JSON).body("{\"title\": \"renamed\"}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/v1/probes/" + id).then();
    }

    private static String create() {
        String id = given().auth().oauth2(Tokens.kommune()).contentType(ContentType.JSON).body(ProbeBodies.valid())
                .when().post("/v1/probes")
                .then().statusCode(201).extract().path("id");
        return id;
    }
}
