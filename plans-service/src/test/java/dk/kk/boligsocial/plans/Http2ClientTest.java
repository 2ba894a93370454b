package dk.kk.boligsocial.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.testkit.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Clients that speak HTTP/2 in clear text (the JDK's HttpClient does by default: it asks to upgrade the first request)
 * can write: the kit reads declared bodies on the event loop for HTTP/1.x only, and an HTTP/2 request whose body
 * was read that way answered 500.
 */
@QuarkusTest
class Http2ClientTest {

    @TestHTTPResource("/v1/housing-organisations")
    URI organisations;

    @Test
    void aClientOfTheJdkCreatesOverAnUpgradedConnection() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(organisations)
                            .header("Authorization", "Bearer " + Tokens.kommune())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"name\": \"Boligselskabet HTTP/2 " + i + "\", \"cvr\": \"" + Api.newCvr() + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
        }
    }
}
