package dk.kk.boligsocial.testkit.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.testkit.Sql;
import io.restassured.RestAssured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A bad-input corpus generated from a service's committed OpenAPI document, so that a new operation is covered the day
 * it is documented. For every operation it sends garbage path ids, query values, headers and tokens, and, where the
 * operation takes a body, malformed JSON and every field of each request example removed, nulled, retyped or filled
 * with control characters, huge text and absurd numbers (see {@link Variants}). It asserts what a caller relies on:
 * no 5xx, problem+json on every 4xx, no class names or stack traces in any answer, none of the requests that must be
 * refused accepted, and no row of the service's tables changed by a request answered 4xx.
 *
 * <p>Run it from a {@code @QuarkusTest}; the operations' path parameters get their values from the test, which makes
 * the resources they name first, so that the broken requests reach the validation behind the lookup.
 */
public final class BadInputCorpus {

    /** Names of our code, the frameworks' and the JDK's: none belongs in an answer. */
    private static final Pattern LEAK = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx|io\\.smallrye|io\\.netty"
                    + "|com\\.fasterxml|org\\.jboss|dk\\.kk)\\.[a-z]|Exception\\b|\\tat |\\bat [a-z]+\\.[a-z]+\\.");

    private final List<Operation> operations;
    private final JsonNode document;
    private String bearer;
    private Function<String, Map<String, String>> values = key -> Map.of();
    private String schema;
    private Set<String> ignoredTables = Set.of();
    private long seed = 20121201L;

    private BadInputCorpus(JsonNode document) {
        this.document = document;
        this.operations = Operation.readAll(document);
    }

    /** A corpus of the document as given, e.g. one written by a test. */
    static BadInputCorpus of(JsonNode document) {
        return new BadInputCorpus(document);
    }

    public static BadInputCorpus of(Path committedOpenApi) {
        try {
            return new BadInputCorpus(new ObjectMapper().readTree(Files.readString(committedOpenApi)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token of a caller allowed to do everything the corpus tries; without it only authentication is tested. */
    public BadInputCorpus callerToken(String token) {
        this.bearer = "Bearer " + token;
        return this;
    }

    /**
     * The values of an operation's path parameters (and of required query parameters), by parameter name, given the
     * operation's key, e.g. {@code "POST /v1/plans/{id}/submission"}. Called once per operation just before its
     * requests, so the test can make a fresh resource in the state the operation needs.
     */
    public BadInputCorpus parameterValues(Function<String, Map<String, String>> values) {
        this.values = values;
        return this;
    }

    /** The schema whose tables must not change; tables that change on their own (an outbox) are named to be left out. */
    public BadInputCorpus watching(String schema, Set<String> ignoredTables) {
        this.schema = schema;
        this.ignoredTables = ignoredTables;
        return this;
    }

    public BadInputCorpus seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The requests the corpus sends for one operation, given its parameter values; for tests of the corpus itself. */
    List<CorpusRequest> requestsFor(String operationKey, Map<String, String> parameterValues) {
        Operation operation = operations.stream().filter(o -> o.key().equals(operationKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationKey));
        return new Variants(operation, parameterValues, bearer, seed).all();
    }

    /**
     * Runs the corpus, prints its figures under the service's name and fails on any finding, or when the corpus
     * sends fewer than {@code minimumRequests} (a document that lost its operations or examples).
     */
    public CorpusReport runAndAssertClean(String service, int minimumRequests) {
        CorpusReport report = run();
        System.out.println(service + " bad-input corpus: " + report.summary());
        if (report.requests() < minimumRequests) {
            throw new AssertionError("the corpus shrank to " + report.requests() + " requests");
        }
        report.assertClean();
        return report;
    }

    public CorpusReport run() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        CorpusReport report = new CorpusReport();
        try (Connection connection = Sql.connect()) {
            TableSnapshot snapshot = new TableSnapshot(connection, schema, ignoredTables);
            for (Operation operation : operations) {
                Map<String, String> parameterValues = values.apply(operation.key());
                Variants variants = new Variants(operation, parameterValues, bearer, seed);
                Map<String, String> before = snapshot.take();
                for (CorpusRequest request : variants.all()) {
                    HttpResponse<String> response = send(client, base, resolve(client, base, request, variants));
                    // a GET changes nothing here (no read writes), so the digest, which reads every table, is
                    // taken only after requests that may write
                    Map<String, String> after = operation.writes() ? snapshot.take() : before;
                    report.record(request, response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(""), response.body(),
                            TableSnapshot.changed(before, after));
                    before = after;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the corpus could not watch the database: " + e.getMessage(), e);
        }
        return report;
    }

    static boolean leaks(String body) {
        return body != null && LEAK.matcher(body).find();
    }

    /** Fills in the current ETag of the resource the operation changes, and a fresh idempotency key. */
    private CorpusRequest resolve(HttpClient client, String base, CorpusRequest request, Variants variants) {
        CorpusRequest resolved = request;
        if (Variants.CURRENT_ETAG.equals(request.headers().get("If-Match"))) {
            resolved = resolved.withHeader("If-Match", currentETag(client, base, variants.baseline()));
        }
        if (Variants.FRESH_KEY.equals(request.headers().get("Idempotency-Key"))) {
            resolved = resolved.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        }
        return resolved;
    }

    /** The ETag of the longest prefix of the operation's path that the document lets one GET. */
    private String currentETag(HttpClient client, String base, CorpusRequest baseline) {
        String template = baseline.operation().pathTemplate();
        String path = baseline.path();
        while (template.lastIndexOf('/') > 0) {
            template = template.substring(0, template.lastIndexOf('/'));
            path = path.substring(0, path.lastIndexOf('/'));
            if (document.path("paths").path(template).has("get")) {
                HttpRequest get = HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", bearer).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30)).GET().build();
                try {
                    return client.send(get, HttpResponse.BodyHandlers.discarding()).headers()
                            .firstValue("ETag").orElse("\"0\"");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        return "\"0\"";
    }

    private static HttpResponse<String> send(HttpClient client, String base, CorpusRequest request) {
        String uri = base + request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        request.headers().forEach((name, value) -> {
            if (value != null) {
                builder.header(name, value);
            }
        });
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
            builder.method(request.operation().method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } else {
            builder.method(request.operation().method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request.describe(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the corpus found: answers by status, and every request a caller could not rely on. */
    public static final class CorpusReport {

        private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        private final List<String> findings = new ArrayList<>();
        private int requests;

        void record(CorpusRequest request, int status, String contentType, String body, List<String> changedTables) {
            requests++;
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500) {
                findings.add(status + " for " + request.describe() + ": " + shorten(body));
            }
            if (status >= 400 && status < 500 && !contentType.startsWith("application/problem+json")) {
                findings.add(status + " without problem+json (" + contentType + ") for " + request.describe());
            }
            if (leaks(body)) {
                findings.add("class names in the answer to " + request.describe() + ": " + shorten(body));
            }
            if (request.mustBeRefused() && status < 400) {
                findings.add("accepted (" + status + ") " + request.describe());
            }
            if ((status >= 400 || request.mustBeRefused()) && !changedTables.isEmpty()) {
                findings.add("changed " + changedTables + " though answered " + status + ": " + request.describe());
            }
        }

        public int requests() {
            return requests;
        }

        public List<String> findings() {
            return List.copyOf(findings);
        }

        /** How many answers had a status of 500 or more. */
        public int serverErrors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        }

        public String summary() {
            return requests + " requests, answers by status " + statuses + ", " + findings.size() + " findings";
        }

        public void assertClean() {
            if (!findings.isEmpty()) {
                StringBuilder message = new StringBuilder("bad-input corpus: " + summary() + ":");
                findings.stream().limit(400).forEach(finding -> message.append("\n  ").append(finding));
                if (findings.size() > 400) {
                    message.append("\n  … and ").append(findings.size() - 400).append(" more");
                }
                throw new AssertionError(message.toString());
            }
        }

        private static String shorten(String body) {
            return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }
}
