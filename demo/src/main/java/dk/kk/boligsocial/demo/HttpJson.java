package dk.kk.boligsocial.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One service's public HTTP API, called the way any client would: JSON bodies, a bearer token,
 * {@code If-Match} for decisions and updates. An unexpected status stops the load with the service's problem detail.
 */
final class HttpJson {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final URI base;
    private final HttpClient client;

    HttpJson(String name, URI base) {
        this.name = name;
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    String name() {
        return name;
    }

    URI base() {
        return base;
    }

    /**
     * Whether the service answers on its API's port (its OpenAPI document). Readiness itself is on the management
     * port, which ./run has already waited for.
     */
    /** The {@code detail} of a problem+json body, or the body itself if it has none. */
    static String detail(String problem) {
        try {
            String detail = JSON.readTree(problem).path("detail").asText("");
            return detail.isEmpty() ? problem : detail;
        } catch (IOException e) {
            return problem;
        }
    }

    boolean isReady() {
        try {
            // a service that is not running refuses the connection at once; one that runs may be slow to render its
            // first OpenAPI document on a busy machine, and must not be taken for absent (its part would be skipped)
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/openapi")).timeout(Duration.ofSeconds(60)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, null, Set.of(200, 404));
    }

    Reply post(String path, String token, Object body, String ifMatch) {
        return send("POST", path, token, body, ifMatch, Set.of(200, 201));
    }

    Reply put(String path, String token, Object body, String ifMatch) {
        return send("PUT", path, token, body, ifMatch, Set.of(200, 201));
    }

    /** A POST whose refusal is part of the story (e.g. a 409 conflict): every status is returned. */
    Reply postAnyStatus(String path, String token, Object body, String ifMatch) {
        return send("POST", path, token, body, ifMatch, null);
    }

    private Reply send(String method, String path, String token, Object body, String ifMatch, Set<Integer> expected) {
        URI uri = base.resolve(path);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(TIMEOUT)
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token);
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body() == null || response.body().isBlank()
                    ? NullNode.getInstance() : JSON.readTree(response.body());
            Reply reply = new Reply(response.statusCode(), response.headers().firstValue("ETag").orElse(null), json);
            if (expected != null && !expected.contains(reply.status())) {
                throw new DemoException(name + ": " + method + " " + path + " answered " + reply.status() + ": " + reply.describe());
            }
            return reply;
        } catch (IOException e) {
            throw new DemoException(name + ": " + method + " " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted during " + method + " " + uri, e);
        }
    }

    /** A response: status, ETag (null if none) and the JSON body ({@code NullNode} if empty). */
    record Reply(int status, String etag, JsonNode body) {

        boolean found() {
            return status != 404;
        }

        String describe() {
            if (body.hasNonNull("detail")) {
                String errors = body.has("errors") ? " " + body.get("errors") : "";
                return body.path("title").asText() + " - " + body.get("detail").asText() + errors;
            }
            return body.toString();
        }
    }

    /** Polls until {@code done} answers non-null, or fails after the timeout naming what was awaited. */
    static <T> T await(String what, Duration timeout, Supplier<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = done.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new DemoException("gave up after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted while waiting for " + what, e);
            }
        }
    }
}
