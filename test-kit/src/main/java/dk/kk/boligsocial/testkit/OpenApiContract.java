package dk.kk.boligsocial.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.restassured.RestAssured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps a service's committed OpenAPI document in step with the code: call
 * {@link #assertMatchesCommitted(Path)} from a {@code @QuarkusTest}.
 *
 * <p>Both documents are compared in a normal form (pretty JSON, object keys sorted, {@code servers} dropped, since the
 * test port changes from run to run). With {@code -Dopenapi.update=true} (or {@code OPENAPI_UPDATE=true}) the committed
 * file is rewritten from the running service instead, and the check passes.
 */
public final class OpenApiContract {

    static final String UPDATE_PROPERTY = "openapi.update";
    static final String UPDATE_ENV = "OPENAPI_UPDATE";
    private static final int CONTEXT_LINES = 3;
    /** The verbs an operationId may start with; a new kind of operation adds its verb here on purpose. */
    static final List<String> VERBS = List.of("list", "get", "create", "register", "record", "revise", "set", "add",
            "submit", "prequalify", "approve", "grant", "activate", "complete", "withdraw", "report", "review", "lock",
            "unlock", "update", "delete", "replace", "cancel", "search", "compare");
    private static final java.util.regex.Pattern OPERATION_ID = java.util.regex.Pattern.compile(
            "(" + String.join("|", VERBS) + ")([A-Z][a-z0-9]*)*");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private OpenApiContract() {
    }

    public static void assertMatchesCommitted(Path committedFile) {
        String served = RestAssured.given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asString();
        compare(served, committedFile, updateRequested());
    }

    /**
     * Every operation of the served document carries what the teams building on it rely on: a
     * unique operationId (camelCase, verb first), a summary and tags, a security requirement, a typed success answer
     * with an example, problem answers for 401, 403 and 500, 404 where the path names a resource, and 400, 413, a
     * typed body (never {@code *}/{@code *}) and a request example where it takes a body; every 4xx and 5xx answer
     * carries the Problem schema and an example.
     *
     * @param expectedOperations how many operations the service has, so that none goes missing
     */
    public static void assertEveryOperationDocumented(int expectedOperations) {
        JsonNode doc;
        try {
            doc = MAPPER.readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi").asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("the served OpenAPI document is not JSON", e);
        }
        List<String> missing = new ArrayList<>();
        int operations = undocumented(doc, missing);
        if (!missing.isEmpty()) {
            fail("OpenAPI operations lack: " + missing);
        }
        if (operations != expectedOperations) {
            fail("expected " + expectedOperations + " operations in the OpenAPI document, found " + operations);
        }
    }

    /** Adds what the document's operations lack to {@code missing}; answers how many operations there are. */
    static int undocumented(JsonNode doc, List<String> missing) {
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                if (entry.getValue().has("operationId") && !operationIds.add(entry.getValue().get("operationId").asText())) {
                    missing.add(name + ": a unique operationId");
                }
                missing.addAll(gaps(name, path.getKey(), entry.getValue(), doc.has("security")));
                for (JsonNode media : entry.getValue().path("requestBody").path("content")) {
                    uncappedLists(doc, media.path("schema"), name + ": maxItems on request body list ", "",
                            new java.util.HashSet<>(), missing);
                }
            }
        }
        return operations;
    }

    /**
     * The guide for people ({@code docs/api-guide.md}) names every operation of the served
     * document as {@code `METHOD /path`}, so prose and code cannot drift apart unnoticed.
     */
    public static void assertEveryOperationIn(Path guide) {
        String text = read(guide);
        JsonNode doc;
        try {
            doc = MAPPER.readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi").asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("the served OpenAPI document is not JSON", e);
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                String operation = "`" + method.toUpperCase() + " " + path.getKey() + "`";
                if (path.getValue().has(method) && !text.contains(operation)) {
                    missing.add(operation);
                }
            }
        }
        if (!missing.isEmpty()) {
            fail(guide + " does not describe " + missing);
        }
    }

    /**
     * Every list a request body may carry states its cap ({@code maxItems}): issue 10 caps every list in a request,
     * and the contract is where clients learn the caps.
     */
    static void uncappedLists(JsonNode doc, JsonNode schema, String prefix, String where,
            java.util.Set<String> seen, List<String> missing) {
        JsonNode ref = schema.path("$ref");
        if (ref.isTextual()) {
            if (seen.add(ref.asText() + where)) {
                uncappedLists(doc, doc.at(ref.asText().substring(1)), prefix, where, seen, missing);
            }
            return;
        }
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(combination)) {
                uncappedLists(doc, part, prefix, where, seen, missing);
            }
        }
        if ("array".equals(schema.path("type").asText())) {
            if (!schema.has("maxItems")) {
                missing.add(prefix + (where.isEmpty() ? "(the body)" : where));
            }
            uncappedLists(doc, schema.path("items"), prefix, where + "[]", seen, missing);
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            uncappedLists(doc, property.getValue(), prefix, where.isEmpty() ? property.getKey()
                    : where + "." + property.getKey(), seen, missing);
        }
    }

    private static List<String> gaps(String name, String path, JsonNode operation, boolean globalSecurity) {
        List<String> missing = new ArrayList<>();
        JsonNode responses = operation.get("responses");
        if (!operation.hasNonNull("summary")) {
            missing.add(name + ": summary");
        }
        if (!operation.has("tags") || operation.get("tags").isEmpty()) {
            missing.add(name + ": tags");
        }
        String operationId = operation.path("operationId").asText("");
        if (!OPERATION_ID.matcher(operationId).matches()) {
            missing.add(name + ": operationId (camelCase, verb first: " + VERBS + ")");
        }
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                JsonNode problem = response.getValue().path("content").path("application/problem+json");
                if (!problem.path("schema").path("$ref").asText().endsWith("/Problem")) {
                    missing.add(name + ": Problem schema on " + response.getKey());
                }
                if (!problem.has("examples") && !problem.has("example")) {
                    missing.add(name + ": problem example on " + response.getKey());
                }
            }
        }
        for (JsonNode media : operation.path("requestBody").path("content")) {
            if (!media.has("schema")) {
                missing.add(name + ": request body schema");
            }
        }
        if (operation.path("requestBody").path("content").has("*/*")) {
            missing.add(name + ": a request media type other than */*");
        }
        if (!operation.has("security") && !globalSecurity) {
            missing.add(name + ": security requirement");
        }
        String success = responses.has("200") ? "200" : "201";
        if (!responses.has(success)) {
            missing.add(name + ": success response");
        } else if (!responses.get(success).toString().contains("example")) {
            missing.add(name + ": response example");
        }
        for (String code : List.of("401", "403", "500")) {
            if (!responses.has(code)) {
                missing.add(name + ": response " + code);
            }
        }
        if (path.contains("{") && !responses.has("404")) {
            missing.add(name + ": response 404");
        }
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (response.getKey().startsWith("2") && !response.getKey().equals("204")
                    && !typed(response.getValue().path("content"))) {
                missing.add(name + ": schema of response " + response.getKey());
            }
        }
        if (operation.has("requestBody")) {
            if (!responses.has("413")) {
                missing.add(name + ": response 413");
            }
            if (!responses.has("400")) {
                missing.add(name + ": response 400");
            }
            if (!operation.get("requestBody").toString().contains("\"examples\"")) {
                missing.add(name + ": request example");
            }
        }
        return missing;
    }

    /**
     * A success answer is typed by its JSON schema, or, for an answer that is a document of another format only (an
     * IATI XML file), by the schema of that named media type: never by a wildcard one.
     */
    private static boolean typed(JsonNode content) {
        if (content.has("application/json")) {
            return content.path("application/json").has("schema");
        }
        for (Map.Entry<String, JsonNode> type : content.properties()) {
            if (!type.getKey().contains("*") && type.getValue().has("schema")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compares without {@code servers} (a test may serve its own), but writes the document with them: the committed
     * file is what clients generate from, and they need the servers.
     */
    static void compare(String served, Path committedFile, boolean update) {
        if (update) {
            write(committedFile, format(served, false));
            return;
        }
        String actual = normalise(served);
        String howToUpdate = "update it with: ./mvnw -pl " + moduleName() + " verify -Dopenapi.update=true";
        if (!Files.exists(committedFile)) {
            fail("no committed OpenAPI document at " + committedFile + "; " + howToUpdate);
        }
        String committed = normalise(read(committedFile));
        if (!committed.equals(actual)) {
            fail("the OpenAPI document served by the code differs from " + committedFile + "; if the change is intended, "
                    + howToUpdate + " and commit the file\n" + firstDifference(committed, actual));
        }
    }

    static String normalise(String json) {
        return format(json, true);
    }

    private static String format(String json, boolean dropServers) {
        try {
            Object document = MAPPER.readValue(json, Object.class);
            if (dropServers && document instanceof Map<?, ?> map) {
                map.remove("servers");
            }
            return MAPPER.writer(printer()).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        int from = Math.max(0, i - CONTEXT_LINES);
        StringBuilder out = new StringBuilder("first difference at line ").append(i + 1).append(":\n");
        out.append("--- committed\n");
        appendLines(out, a, from, i + CONTEXT_LINES + 1, i);
        out.append("+++ served by the code\n");
        appendLines(out, b, from, i + CONTEXT_LINES + 1, i);
        return out.toString();
    }

    private static void appendLines(StringBuilder out, List<String> lines, int from, int to, int marked) {
        for (int n = from; n < Math.min(to, lines.size()); n++) {
            out.append(n == marked ? "> " : "  ").append(String.format("%5d ", n + 1)).append(lines.get(n)).append('\n');
        }
        if (marked >= lines.size()) {
            out.append(">       (end of document)\n");
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return printer;
    }

    private static boolean updateRequested() {
        return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY)) || Boolean.parseBoolean(System.getenv(UPDATE_ENV));
    }

    private static String moduleName() {
        Path cwd = Path.of("").toAbsolutePath().getFileName();
        return cwd == null ? "<service>" : cwd.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
