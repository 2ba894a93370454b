package dk.kk.boligsocial.testkit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The corpus generates what it promises from an OpenAPI document, and its report catches every kind of defect. */
class BadInputCorpusTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/v1/things/{id}": {
                "get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]},
                "put": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                                       {"name": "If-Match", "in": "header", "required": true, "schema": {"type": "string"}}],
                        "requestBody": {"required": true, "content": {"application/json": {"examples": {"thing": {"value":
                          {"name": "Tingbjerg", "ownerId": "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10", "dwellings": 560,
                           "tags": ["a", "b"], "money": {"amount": 1.5, "currency": "DKK"}}}},
                          "schema": {"type": "object", "properties": {
                            "tags": {"type": "array", "maxItems": 3, "items": {"type": "string"}}}}}}}}
              },
              "/v1/things": {
                "get": {"parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}]}
              }}}""";

    private final BadInputCorpus corpus = BadInputCorpus.of(json(DOCUMENT)).callerToken("token");

    @Test
    void everyFieldOfTheExampleIsBrokenInEachWay() {
        List<CorpusRequest> requests = corpus.requestsFor("PUT /v1/things/{id}", Map.of("id", "t1",
                "6f1c2a4e-8a7b-4c55-9d2e-0b6f2d1e9a10", "real-owner"));
        assertRefused(requests, "/name NUL in text", "\"name\":\"Tingbjerg\\u0000\"");
        assertRefused(requests, "/name number for text", "\"name\":12345");
        assertRefused(requests, "/dwellings text for number", "\"dwellings\":\"560\"");
        assertRefused(requests, "/money/amount 1e400", "\"amount\":1E+400");
        assertRefused(requests, "/tags/0 control characters", "\"tags\":[\"a\\u0001b\\u001Fc\",\"b\"]");
        assertRefused(requests, "/name lone surrogate", "\"name\":\"\\ud800\"");
        assertRefused(requests, "duplicate key name", "{\"name\":null,\"name\":\"Tingbjerg\"");
        assertRefused(requests, "unknown property", "\"zzUnknown\":1");
        CorpusRequest overCap = find(requests, "/tags one element over maxItems");
        assertTrue(overCap.mustBeRefused());
        assertTrue(body(overCap).contains("\"tags\":[\"a\",\"a\",\"a\",\"a\"]"), body(overCap));
        CorpusRequest removed = find(requests, "/ownerId removed");
        assertFalse(removed.mustBeRefused(), "leaving a field out may be valid");
        assertFalse(body(removed).contains("ownerId"));
        assertTrue(body(find(requests, "/name null")).contains("\"ownerId\":\"real-owner\""),
                "the example's demo id is replaced by the test's");
    }

    @Test
    void pathIdsQueriesHeadersAndTokensAreBrokenToo() {
        List<CorpusRequest> requests = corpus.requestsFor("PUT /v1/things/{id}", Map.of("id", "t1"));
        CorpusRequest nul = find(requests, "path id=%00");
        assertEquals("/v1/things/%00", nul.path());
        assertTrue(nul.mustBeRefused());
        assertEquals(10_011, find(requests, "path id=AAAAAAAAAAAA…(10000)").path().length());
        assertTrue(find(requests, "If-Match garbage").mustBeRefused());
        assertEquals(null, find(requests, "no token").headers().get("Authorization"));
        assertTrue(find(requests, "boligorganisation token without org_id").mustBeRefused());
        assertTrue(find(requests, "40,000 character header").mustBeRefused());

        List<CorpusRequest> list = corpus.requestsFor("GET /v1/things", Map.of());
        assertTrue(find(list, "query cursor=%00").mustBeRefused());
        assertTrue(find(list, "query cursor=x").mustBeRefused(), "a cursor the service did not make is refused");
        assertTrue(list.size() > 30, "only " + list.size() + " requests for a list");
    }

    @Test
    void aMissingPathValueIsTheTestsMistakeNotAFinding() {
        assertThrows(IllegalStateException.class, () -> corpus.requestsFor("GET /v1/things/{id}", Map.of()));
    }

    @Test
    void theReportFindsEveryKindOfDefect() {
        List<CorpusRequest> requests = corpus.requestsFor("PUT /v1/things/{id}", Map.of("id", "t1"));
        CorpusRequest refused = find(requests, "/name NUL in text");
        CorpusRequest optional = find(requests, "/ownerId removed");
        BadInputCorpus.CorpusReport report = new BadInputCorpus.CorpusReport();
        report.record(optional, 200, "application/json", "{}", List.of());
        report.record(refused, 400, "application/problem+json", "{\"status\":400}", List.of());
        assertEquals(List.of(), report.findings());

        report.record(refused, 500, "application/problem+json", "{}", List.of());
        report.record(refused, 400, "text/plain", "bad", List.of());
        report.record(refused, 400, "application/problem+json", "org.hibernate.exception.DataException: x", List.of());
        report.record(refused, 201, "application/json", "{}", List.of("thing"));
        report.record(refused, 409, "application/problem+json", "{}", List.of("audit_record"));
        List<String> findings = report.findings();
        assertEquals(6, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("500 for PUT /v1/things/{id} [/name NUL in text]"));
        assertTrue(findings.get(1).startsWith("400 without problem+json"));
        assertTrue(findings.get(2).startsWith("class names in the answer"));
        assertTrue(findings.get(3).startsWith("accepted (201)"));
        assertTrue(findings.get(4).startsWith("changed [thing] though answered 201"));
        assertTrue(findings.get(5).startsWith("changed [audit_record] though answered 409"));
        assertEquals(1, report.serverErrors());
        assertThrows(AssertionError.class, report::assertClean);
    }

    @Test
    void stackTracesAndClassNamesAreRecognised() {
        assertTrue(BadInputCorpus.leaks("java.lang.NullPointerException"));
        assertTrue(BadInputCorpus.leaks("\tat dk.kk.boligsocial.plans.Plan.of(Plan.java:12)"));
        assertTrue(BadInputCorpus.leaks("io.vertx.core.VertxException: boom"));
        assertFalse(BadInputCorpus.leaks("{\"detail\":\"must be a date (YYYY-MM-DD)\",\"title\":\"Invalid request\"}"));
    }

    private static void assertRefused(List<CorpusRequest> requests, String variant, String bodyFragment) {
        CorpusRequest request = find(requests, variant);
        assertTrue(request.mustBeRefused(), variant + " must be refused");
        assertTrue(body(request).contains(bodyFragment), variant + ": " + body(request));
    }

    private static CorpusRequest find(List<CorpusRequest> requests, String variant) {
        Optional<CorpusRequest> found = requests.stream().filter(r -> r.variant().equals(variant)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no variant '" + variant + "' among "
                + requests.stream().map(CorpusRequest::variant).toList()));
    }

    private static String body(CorpusRequest request) {
        return new String(request.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
