package dk.kk.boligsocial.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dk.kk.boligsocial.events.plan.PlanEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The records, written the way producers write them, are what the schemas describe, and nothing else is. */
class SchemaValidationTest {

    static Stream<PlanEvent> planEvents() {
        return Samples.planEvents().stream();
    }

    @ParameterizedTest
    @MethodSource("planEvents")
    void everySampleValidatesAgainstItsSchema(PlanEvent event) {
        EventType type = EventType.ofPayloadType(event.getClass());
        JsonNode json = WireFormat.read(WireFormat.write(event));

        assertEquals(Set.of(), WireFormat.validate(type, json), type.type());
    }

    @ParameterizedTest
    @MethodSource("planEvents")
    void everySampleReadsBackAsTheSameRecord(PlanEvent event) throws IOException {
        String json = WireFormat.write(event);

        assertEquals(event, WireFormat.MAPPER.readValue(json, event.getClass()));
    }

    @ParameterizedTest
    @MethodSource("planEvents")
    void nullsStayOnTheWireEvenWhenTheProducerLeavesNullsOut(PlanEvent event) throws IOException {
        JsonMapper leavesNullsOut = WireFormat.MAPPER.rebuild()
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
        EventType type = EventType.ofPayloadType(event.getClass());
        JsonNode json = WireFormat.read(leavesNullsOut.writeValueAsString(event));

        assertEquals(Set.of(), WireFormat.validate(type, json), type.type());
    }

    @Test
    void wireFormatIsTheDocumentedOne() {
        JsonNode granted = WireFormat.read(WireFormat.write(Samples.granted()));

        assertEquals("3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c", granted.get("planId").textValue());
        assertEquals("2012-01-01", granted.get("periodStart").textValue());
        assertEquals("2011-12-01T12:00:00Z", granted.at("/decision/decidedAt").textValue());
        assertTrue(granted.at("/decision/reason").isNull());
        assertTrue(granted.at("/grantedAmount/amount").isNumber());
        assertEquals(0, new BigDecimal("5500000").compareTo(granted.at("/grantedAmount/amount").decimalValue()));
        assertTrue(WireFormat.write(Samples.granted()).contains("\"grantedAmount\":{\"amount\":5500000.00,\"currency\":\"DKK\"}"));
        assertEquals("OTHER", granted.at("/requestedBudget/6/source").textValue());
        assertEquals(2014, granted.at("/requestedBudget/6/year").intValue());
    }

    static Stream<Arguments> brokenSamples() {
        return Stream.of(
                broken("missing field", EventType.PLAN_GRANTED, "required",
                        json -> obj(json).remove("title")),
                broken("missing nullable field", EventType.PLAN_REJECTED, "required",
                        json -> obj(json.get("decision")).remove("reference")),
                broken("amount with three decimals", EventType.PLAN_PREQUALIFIED, "multipleOf",
                        json -> obj(json.at("/requestedBudget/0/amount")).put("amount", new BigDecimal("1000.005"))),
                broken("lower-case currency", EventType.PLAN_GRANTED, "pattern",
                        json -> obj(json.get("grantedAmount")).put("currency", "dkk")),
                broken("four-letter currency", EventType.PLAN_PREQUALIFIED, "pattern",
                        json -> obj(json.at("/requestedBudget/1/amount")).put("currency", "DKKR")),
                broken("amount of 10^13", EventType.PLAN_PREQUALIFIED, "exclusiveMaximum",
                        json -> obj(json.at("/requestedBudget/0/amount")).put("amount", new BigDecimal("10000000000000.00"))),
                broken("period end in the year +999999999", EventType.PLAN_GRANTED, "pattern",
                        json -> obj(json).put("periodEnd", "+999999999-12-31")),
                broken("period end after 2100", EventType.PLAN_PREQUALIFIED, "pattern",
                        json -> obj(json).put("periodEnd", "2101-12-31")),
                broken("period start before 2000", EventType.PLAN_GRANTED, "pattern",
                        json -> obj(json).put("periodStart", "1999-01-01")),
                broken("amount as a string", EventType.PLAN_GRANTED, "type",
                        json -> obj(json.get("grantedAmount")).put("amount", "5500000.00")),
                broken("zero budget line", EventType.PLAN_GRANTED, "exclusiveMinimum",
                        json -> obj(json.at("/grantedBudget/0/amount")).put("amount", BigDecimal.ZERO)),
                broken("negative granted amount", EventType.PLAN_GRANTED, "exclusiveMinimum",
                        json -> obj(json.get("grantedAmount")).put("amount", new BigDecimal("-1.00"))),
                broken("unknown budget source", EventType.PLAN_GRANTED, "enum",
                        json -> obj(json.at("/requestedBudget/0")).put("source", "EU")),
                broken("additional property", EventType.PLAN_APPROVED, "additionalProperties",
                        json -> obj(json).put("status", "APPROVED")),
                broken("additional property in money", EventType.PLAN_GRANTED, "additionalProperties",
                        json -> obj(json.get("grantedAmount")).put("vat", true)),
                broken("time with an offset", EventType.PLAN_ACTIVATED, "pattern",
                        json -> obj(json.get("decision")).put("decidedAt", "2012-01-02T09:00:00+01:00")),
                broken("time as epoch seconds", EventType.PLAN_ACTIVATED, "type",
                        json -> obj(json.get("decision")).put("decidedAt", 1325491200)),
                broken("impossible date", EventType.PLAN_APPROVED, "format",
                        json -> obj(json).put("meetingDate", "2011-02-30")),
                broken("not a uuid", EventType.PLAN_COMPLETED, "format",
                        json -> obj(json).put("planId", "plan-1")),
                broken("no housing areas", EventType.PLAN_PREQUALIFIED, "minItems",
                        json -> ((ArrayNode) json.get("housingAreaIds")).removeAll()),
                broken("theme that is not a code", EventType.PLAN_PREQUALIFIED, "pattern",
                        json -> ((ArrayNode) json.get("themes")).add("Sundhed")),
                broken("withdrawn after the grant", EventType.PLAN_WITHDRAWN, "enum",
                        json -> obj(json).put("previousStatus", "GRANTED")),
                broken("null where a value is required", EventType.PLAN_SUBMITTED, "type",
                        json -> obj(json).putNull("title")),
                broken("blank actor", EventType.PLAN_SUBMITTED, "pattern",
                        json -> obj(json.get("decision")).put("actor", "  ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSamples")
    void brokenSamplesFailValidation(String name, EventType type, String keyword, Consumer<JsonNode> breakIt) {
        JsonNode json = WireFormat.read(WireFormat.write(sampleOf(type)));
        assertEquals(Set.of(), WireFormat.validate(type, json), "the unbroken sample must be valid");

        breakIt.accept(json);
        Set<ValidationMessage> errors = WireFormat.validate(type, json);

        assertTrue(errors.stream().anyMatch(error -> error.getType().equals(keyword)),
                () -> name + ": expected a '" + keyword + "' error, got " + errors);
    }

    @Test
    void schemaFilesAreValidDraft202012Schemas() throws IOException {
        JsonSchema metaSchema = WireFormat.metaSchema();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/schemas"))) {
            for (Path file : files.toList()) {
                JsonNode schema = WireFormat.read(Files.readString(file));
                assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").textValue(),
                        file.toString());
                assertEquals(Set.of(), metaSchema.validate(schema), file.toString());
            }
        }
    }

    private static PlanEvent sampleOf(EventType type) {
        return Samples.planEvents().stream()
                .filter(event -> event.getClass().equals(type.payloadType()))
                .findFirst()
                .orElseThrow();
    }

    private static Arguments broken(String name, EventType type, String keyword, Consumer<JsonNode> breakIt) {
        return Arguments.of(name, type, keyword, breakIt);
    }

    private static ObjectNode obj(JsonNode node) {
        return (ObjectNode) node;
    }
}
