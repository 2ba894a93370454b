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

    @Test
    void anOperationNeedsAnOperationIdAndTypedProblemsForEveryError() throws IOException {
        JsonNode doc = new ObjectMapper().readTree("""
                {"security": [{"jwt": []}], "paths": {
                  "/v1/things/{id}": {"get": {"summary": "Get a thing", "tags": ["Things"], "operationId": "fetchThing",
                    "responses": {
                      "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"},
                              "examples": {"thing": {"value": {}}}}}},
                      "401": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"},
                              "examples": {"unauthorized": {"value": {}}}}}},
                      "403": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"},
                              "examples": {"forbidden": {"value": {}}}}}},
                      "404": {"content": {"application/problem+json": {}}},
                      "500": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"},
                              "examples": {"internal-error": {"value": {}}}}}}}}}}}""");
        List<String> missing = new ArrayList<>();
        assertEquals(1, OpenApiContract.undocumented(doc, missing));
        assertEquals(3, missing.size(), missing.toString());
        assertTrue(missing.get(0).startsWith("GET /v1/things/{id}: operationId"), missing.toString());
        assertEquals(List.of("GET /v1/things/{id}: Problem schema on 404", "GET /v1/things/{id}: problem example on 404"),
                missing.subList(1, 3));
    }

    @Test
    void theCommittedFileKeepsItsServersWhileTheComparisonIgnoresThem() throws IOException {
        Path committed = dir.resolve("openapi.json");
        OpenApiContract.compare("{\"servers\": [{\"url\": \"http://localhost:8081\"}], \"openapi\": \"3.1.0\"}", committed, true);
        assertTrue(Files.readString(committed).contains("http://localhost:8081"));
        assertDoesNotThrow(() -> OpenApiContract.compare("{\"openapi\": \"3.1.0\"}", committed, false));
    }
}
