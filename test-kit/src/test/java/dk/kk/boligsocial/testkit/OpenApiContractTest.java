package dk.kk.boligsocial.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiContractTest {

    @TempDir
    Path dir;

    @Test
    void normalisingSortsKeysAndDropsServers() {
        String normal = OpenApiContract.normalise("""
                {"paths": {"/b": {}, "/a": {}}, "servers": [{"url": "http://localhost:41234"}], "openapi": "3.1.0"}""");
        assertEquals("""
                {
                  "openapi" : "3.1.0",
                  "paths" : {
                    "/a" : { },
                    "/b" : { }
                  }
                }
                """, normal);
    }

    @Test
    void passesWhenOnlyFormattingAndServersDiffer() throws IOException {
        Path committed = dir.resolve("openapi.json");
        Files.writeString(committed, "{\"openapi\":\"3.1.0\",\"paths\":{\"/a\":{}}}");
        assertDoesNotThrow(() -> OpenApiContract.compare(OpenApiContract.normalise("""
                {"servers": [{"url": "http://localhost:1"}], "paths": {"/a": {}}, "openapi": "3.1.0"}"""), committed, false));
    }

    @Test
    void driftFailsWithTheUpdateCommandAndTheFirstDifference() throws IOException {
        Path committed = dir.resolve("openapi.json");
        Files.writeString(committed, OpenApiContract.normalise("{\"openapi\":\"3.1.0\",\"paths\":{\"/a\":{}}}"));
        String served = OpenApiContract.normalise("{\"openapi\":\"3.1.0\",\"paths\":{\"/a\":{},\"/b\":{}}}");

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> OpenApiContract.compare(served, committed, false));

        assertTrue(failure.getMessage().contains("verify -Dopenapi.update=true"), failure.getMessage());
        assertTrue(failure.getMessage().contains("first difference at line 4"), failure.getMessage());
        assertTrue(failure.getMessage().contains("\"/b\""), failure.getMessage());
    }

    @Test
    void aMissingCommittedFileFailsUnlessUpdating() {
        Path committed = dir.resolve("sub/openapi.json");
        String served = OpenApiContract.normalise("{\"openapi\":\"3.1.0\"}");

        assertThrows(AssertionFailedError.class, () -> OpenApiContract.compare(served, committed, false));
        assertFalse(Files.exists(committed));

        OpenApiContract.compare(served, committed, true);
        assertDoesNotThrow(() -> OpenApiContract.compare(served, committed, false));
    }

    @Test
    void everyListInARequestBodyMustStateItsCap() throws IOException {
        JsonNode doc = new ObjectMapper().readTree("""
                {"components": {"schemas": {
                   "Plan": {"type": "object", "properties": {
                     "areas": {"type": "array", "maxItems": 20, "items": {"type": "string"}},
                     "lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}}}},
                   "Line": {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}}}}}}""");
        List<String> missing = new ArrayList<>();
        OpenApiContract.uncappedLists(doc, doc.at("/components/schemas/Plan"), "maxItems on ", "", new HashSet<>(), missing);
        assertEquals(List.of("maxItems on lines", "maxItems on lines[].tags"), missing);
    }
}
