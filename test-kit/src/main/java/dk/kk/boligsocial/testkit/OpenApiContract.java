package dk.kk.boligsocial.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.restassured.RestAssured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        compare(normalise(served), committedFile, updateRequested());
    }

    static void compare(String actual, Path committedFile, boolean update) {
        if (update) {
            write(committedFile, actual);
            return;
        }
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
        try {
            Object document = MAPPER.readValue(json, Object.class);
            if (document instanceof Map<?, ?> map) {
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
