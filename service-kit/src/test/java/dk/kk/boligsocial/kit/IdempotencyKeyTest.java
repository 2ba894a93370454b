package dk.kk.boligsocial.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.kit.idempotency.IdempotencyKeyExpiry;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import dk.kk.boligsocial.testkit.Sql;
import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A POST repeated with its Idempotency-Key has one effect and gets the first answer again. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class IdempotencyKeyTest {

    @Inject
    IdempotencyKeyExpiry expiry;

    private static Response post(String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/probes/idempotent");
    }

    private static long effects() {
        return Sql.count("select count(*) from audit_record where action = 'probe.created-once'");
    }

    @Test
    void aReplayAnswersTheFirstAnswerAndHasNoEffect() {
        String key = UUID.randomUUID().toString();
        long before = effects();
        Response first = post(Tokens.kommune(), key, ProbeBodies.valid());
        first.then().statusCode(201);
        // the same body written differently is the same request
        Response replay = post(Tokens.kommune(), key, ProbeBodies.valid().replace("\n", " "));

        replay.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), replay.asString());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(first.header("ETag"), replay.header("ETag"));
        assertEquals(before + 1, effects());
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndHasNoEffect() {
        String key = UUID.randomUUID().toString();
        post(Tokens.kommune(), key, ProbeBodies.valid()).then().statusCode(201);
        long before = effects();

        post(Tokens.kommune(), key, ProbeBodies.valid("\"title\": \"Mjølnerparken\""))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://boligsocial.kk.dk/problems/unprocessable"))
                .body("idempotencyKey", is(key));
        assertEquals(before, effects());
    }

    @Test
    void keysAreScopedByCallerAndWithoutAKeyEveryPostHasItsEffect() {
        String key = UUID.randomUUID().toString();
        long before = effects();
        String first = post(Tokens.kommune(), key, ProbeBodies.valid()).then().statusCode(201).extract().path("id");
        String other = post(Tokens.token("another-caseworker", Set.of(Tokens.KOMMUNE), null), key, ProbeBodies.valid())
                .then().statusCode(201).extract().path("id");
        post(Tokens.kommune(), null, ProbeBodies.valid()).then().statusCode(201);
        post(Tokens.kommune(), null, ProbeBodies.valid()).then().statusCode(201);

        assertEquals(before + 4, effects());
        assertEquals(false, first.equals(other));
    }

    @Test
    void aMalformedKeyIs400() {
        post(Tokens.kommune(), "x".repeat(256), ProbeBodies.valid())
                .then().statusCode(400).body("errors[0].field", is("Idempotency-Key"));
        post(Tokens.kommune(), "mit nøgle", ProbeBodies.valid())
                .then().statusCode(400).body("errors[0].field", is("Idempotency-Key"));
    }

    @Test
    void concurrentRequestsWithOneKeyHaveOneEffectAndOneAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = effects();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                Response response = post(Tokens.kommune(), key, ProbeBodies.valid());
                response.then().statusCode(201);
                return response.path("id");
            }));
        }
        start.countDown();
        Set<String> ids = new java.util.HashSet<>();
        for (Future<String> answer : answers) {
            ids.add(answer.get(30, TimeUnit.SECONDS));
        }
        threads.shutdown();
        assertEquals(1, ids.size());
        assertEquals(before + 1, effects());
    }

    /** Keys are kept for a day (the default horizon); after that the same key is a new request with a new effect. */
    @Test
    void keysOlderThanTheHorizonAreForgottenAndTheirReplayHasItsEffectAgain() throws Exception {
        String token = Tokens.kommune();
        String body = ProbeBodies.valid();
        String old = "old-" + UUID.randomUUID();
        String fresh = "fresh-" + UUID.randomUUID();
        post(token, old, body).then().statusCode(201);
        post(token, fresh, body).then().statusCode(201);
        Sql.update("update idempotency_key set created_at = now() - interval '25 hours' where idempotency_key = ?", old);
        long before = effects();

        assertTrue(expiry.sweep() >= 1);

        assertEquals(0, Sql.count("select count(*) from idempotency_key where idempotency_key = ?", old));
        assertEquals(1, Sql.count("select count(*) from idempotency_key where idempotency_key = ?", fresh));
        post(token, fresh, body).then().statusCode(201).header("Idempotent-Replayed", is("true"));
        post(token, old, body).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertEquals(before + 1, effects());
    }
}
