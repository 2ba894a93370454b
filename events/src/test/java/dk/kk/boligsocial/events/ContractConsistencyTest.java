package dk.kk.boligsocial.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dk.kk.boligsocial.events.plan.PlanStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java records, the JSON Schemas and the AsyncAPI document describe the same events. */
class ContractConsistencyTest {

    private static final String DEAD_LETTER_SUFFIX = ".dlq";
    private static final String DEAD_LETTER = "dead-letter";

    /**
     * Every topic a Boligsocial service consumes has its dead-letter topic in the document, with the headers the
     * messaging library writes (DeadLetters; the names are repeated here because events does not depend on it).
     */
    /** Relative $refs resolve against the $id, so every schema names itself under the one base, by its file name. */
    @Test
    void everySchemaHasItsIdUnderTheContractsBase() throws IOException {
        try (Stream<Path> files = Files.list(SchemaShape.SCHEMA_DIR)) {
            files.forEach(file -> assertEquals(EventType.SCHEMA_ID_BASE + file.getFileName(),
                    SchemaShape.file(file.getFileName().toString()).node().path("$id").textValue(), file.toString()));
        }
    }

    @Test
    void everyConsumedTopicHasItsDeadLetterChannelWithTheHeadersConsumersWrite() {
        JsonNode channel = ASYNCAPI.at("/channels/plansDeadLetters");
        assertEquals(Topics.PLANS + DEAD_LETTER_SUFFIX, channel.get("address").textValue());
        assertEquals(Topics.PLANS + DEAD_LETTER_SUFFIX, channel.at("/bindings/kafka/topic").textValue());
        assertEquals(Set.of(DEAD_LETTER), messageNames(channel));
        Set<String> deadLetterChannels = new HashSet<>();
        ASYNCAPI.get("channels").forEach(c -> {
            if (c.get("address").textValue().endsWith(DEAD_LETTER_SUFFIX)) {
                deadLetterChannels.add(c.get("address").textValue());
            }
        });
        // Only plan events are consumed by Boligsocial's services (funding-service, evaluation-service).
        assertEquals(Set.of(Topics.PLANS + DEAD_LETTER_SUFFIX), deadLetterChannels);
        Set<String> headers = new HashSet<>();
        ASYNCAPI.at("/components/schemas/DeadLetterHeaders/properties").fieldNames().forEachRemaining(headers::add);
        assertEquals(Set.of("dead-letter-reason", "dead-letter-cause", "dead-letter-exception-class-name",
                "dead-letter-topic", "dead-letter-partition", "dead-letter-offset", "dead-letter-consumer"), headers);
        JsonNode headerSchema = ASYNCAPI.at("/components/schemas/DeadLetterHeaders");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(headerSchema);
        ASYNCAPI.at("/components/messages/PlanDeadLetter/examples").forEach(example ->
                assertEquals(Set.of(), schema.validate(example.get("headers"))));
    }

    private static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";

    /** Components that may be null; their schemas allow null and no other property's does. */
    private static final Set<String> NULLABLE = Set.of(
            "Decision.reference", "Decision.reason", "PlanSubmittedV1.recommendation", "CoFinancing.minimumLocalShare");

    /** Enum properties whose schema admits only some of the Java constants, on purpose. */
    private static final Map<String, List<String>> NARROWED_ENUMS = Map.of(
            "PlanWithdrawnV1.previousStatus", Arrays.stream(PlanStatus.values())
                    .filter(PlanStatus::isWithdrawable).map(Enum::name).toList());

    private static final JsonNode ASYNCAPI = readAsyncApi();

    private final Set<String> nullableSeen = new HashSet<>();

    @Test
    void schemaFilesAreExactlyThoseOfTheTypesWithPayloadsPlusCommon() throws IOException {
        Set<String> expected = typesWithPayload()
                .map(type -> Path.of(type.schemaResource()).getFileName().toString())
                .collect(Collectors.toCollection(HashSet::new));
        expected.add("common.json");
        try (Stream<Path> files = Files.list(SchemaShape.SCHEMA_DIR)) {
            assertEquals(expected, files.map(file -> file.getFileName().toString()).collect(Collectors.toSet()));
        }
        JsonNode defs = SchemaShape.file("common.json").node().get("$defs");
        for (String def : List.of("Money", "BudgetLine", "Decision", "BudgetSource")) {
            assertTrue(defs.has(def), "common.json lacks $defs/" + def);
        }
    }

    @Test
    void everyPlanTypeHasAPayloadAndNoOtherTypeHasOneYet() {
        for (EventType type : EventType.values()) {
            boolean defined = type.topic().equals(Topics.PLANS) || type.topic().equals(Topics.EVALUATIONS)
                    || type.topic().equals(Topics.FUNDING);
            assertEquals(defined, type.payloadType() != null, type.name());
        }
    }

    @Test
    void recordsAndSchemasHaveTheSameShape() {
        typesWithPayload().forEach(type -> {
            String file = Path.of(type.schemaResource()).getFileName().toString();
            assertShape(type.payloadType(), SchemaShape.of(SchemaShape.file(file)), type.type(), false);
        });
        assertEquals(NULLABLE, nullableSeen, "nullable components");
    }

    @Test
    void everyTypeWithAPayloadHasItsAsyncApiMessage() {
        Map<String, JsonNode> messages = messagesByName();
        typesWithPayload().forEach(type -> {
            JsonNode message = messages.get(type.type());
            assertNotNull(message, "no AsyncAPI message named " + type.type());
            assertEquals(type.type(), ceTypeConst(message), "ce_type const of " + type.type());
            assertEquals(SCHEMA_FORMAT, message.at("/payload/schemaFormat").textValue());
            String ref = message.at("/payload/schema/$ref").textValue();
            assertEquals("./src/main/resources/" + type.schemaResource(), ref);
            assertTrue(Files.isRegularFile(Path.of(ref)), ref);
            JsonNode key = resolve(message.path("bindings")).at("/kafka/key");
            if (type.subject() == EventSubject.PLAN_ID) {
                assertEquals("uuid", key.at("/format").textValue(), "record key of " + type.type());
            } else {
                assertEquals("^" + type.subject().regex() + "$", key.at("/pattern").textValue(),
                        "record key of " + type.type());
            }
        });
        messages.keySet().forEach(name -> assertTrue(
                EventType.ofType(name).map(EventType::payloadType).isPresent(),
                "AsyncAPI message " + name + " is not a type with a payload"));
    }

    @Test
    void channelsAreTheTopicsAndListExactlyTheirTypesWithPayloads() {
        Set<String> addresses = new HashSet<>();
        ASYNCAPI.get("channels").forEach(channel -> {
            String address = channel.get("address").textValue();
            if (address.endsWith(DEAD_LETTER_SUFFIX)) {
                return;
            }
            addresses.add(address);
            assertEquals(address, channel.at("/bindings/kafka/topic").textValue());
            Set<String> expected = typesWithPayload()
                    .filter(type -> type.topic().equals(address))
                    .map(EventType::type)
                    .collect(Collectors.toSet());
            assertEquals(expected, messageNames(channel), "messages of channel " + address);
        });
        assertEquals(Set.of(Topics.PLANS, Topics.FUNDING, Topics.EVALUATIONS), addresses);

        Set<String> planTypes = Arrays.stream(EventType.values())
                .filter(type -> type.topic().equals(Topics.PLANS))
                .map(EventType::type)
                .collect(Collectors.toSet());
        assertEquals(planTypes, messageNames(ASYNCAPI.at("/channels/plans")));
    }

    @Test
    void plansServiceSendsEveryPlanMessage() {
        List<JsonNode> plansOperations = new ArrayList<>();
        ASYNCAPI.get("operations").forEach(operation -> {
            if (operation.at("/channel/$ref").textValue().equals("#/channels/plans")
                    && operation.get("action").textValue().equals("send")) {
                plansOperations.add(operation);
            }
        });
        assertEquals(1, plansOperations.size());
        JsonNode send = plansOperations.get(0);
        assertEquals("send", send.get("action").textValue());
        Set<String> sent = new HashSet<>();
        send.get("messages").forEach(ref -> {
            String pointer = ref.get("$ref").textValue();
            assertTrue(pointer.startsWith("#/channels/plans/messages/"), pointer);
            sent.add(resolve(ref).get("name").textValue());
        });
        assertEquals(messageNames(ASYNCAPI.at("/channels/plans")), sent);
    }

    @Test
    void headersAreTheCloudEventsBinaryModeOnes() {
        JsonNode headers = ASYNCAPI.at("/components/schemas/CloudEventHeaders");
        Set<String> names = new HashSet<>();
        headers.get("properties").fieldNames().forEachRemaining(names::add);
        assertEquals(Set.of(CloudEventHeaders.CE_ID, CloudEventHeaders.CE_TYPE, CloudEventHeaders.CE_SOURCE,
                CloudEventHeaders.CE_TIME, CloudEventHeaders.CE_SUBJECT, CloudEventHeaders.CE_SPECVERSION,
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.TRACEPARENT), names);
        Set<String> required = new HashSet<>();
        headers.get("required").forEach(name -> required.add(name.textValue()));
        Set<String> optional = new HashSet<>(names);
        optional.removeAll(required);
        assertEquals(Set.of(CloudEventHeaders.TRACEPARENT), optional);
        assertEquals(CloudEventHeaders.SPECVERSION,
                headers.at("/properties/" + CloudEventHeaders.CE_SPECVERSION + "/const").textValue());
        assertEquals(CloudEventHeaders.APPLICATION_JSON,
                headers.at("/properties/" + CloudEventHeaders.CONTENT_TYPE + "/const").textValue());
    }

    @Test
    void asyncApiExamplesAreValidEvents() {
        JsonSchema headerSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(ASYNCAPI.at("/components/schemas/CloudEventHeaders"));
        messagesByName().forEach((name, message) -> {
            EventType type = EventType.ofType(name).orElseThrow();
            assertFalse(message.path("examples").isEmpty(), "no example for " + name);
            message.get("examples").forEach(example -> {
                JsonNode headers = example.get("headers");
                JsonNode payload = example.get("payload");
                assertEquals(Set.of(), headerSchema.validate(headers), name);
                assertEquals(name, headers.get(CloudEventHeaders.CE_TYPE).textValue());
                String subject = headers.get(CloudEventHeaders.CE_SUBJECT).textValue();
                assertEquals(payload.get(type.subject() == EventSubject.ROUND_ID ? "roundId" : "planId").textValue(),
                        subject);
                assertTrue(type.subject().matches(subject), name + ": " + subject);
                assertEquals(Set.of(), WireFormat.validate(type, payload), name);
            });
        });
    }

    private void assertShape(Type javaType, SchemaShape shape, String where, boolean nullable) {
        Set<String> expectedTypes = new HashSet<>();
        if (nullable) {
            expectedTypes.add("null");
        }
        if (javaType instanceof ParameterizedType list && list.getRawType() == List.class) {
            expectedTypes.add("array");
            assertEquals(expectedTypes, shape.types(), where);
            assertEquals(1, shape.items().size(), where + " items");
            assertShape(list.getActualTypeArguments()[0], SchemaShape.of(shape.items()), where + "[]", false);
            return;
        }
        Class<?> type = (Class<?>) javaType;
        if (type.isRecord()) {
            expectedTypes.add("object");
            assertEquals(expectedTypes, shape.types(), where);
            assertTrue(shape.closed(), where + " must forbid additional properties");
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            assertEquals(components, List.copyOf(shape.properties().keySet()), where + " properties");
            // a component left out of the JSON when null (@JsonInclude NON_NULL) is optional: not required, never null
            Set<String> optional = Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getAccessor().getAnnotation(JsonInclude.class) != null
                            && c.getAccessor().getAnnotation(JsonInclude.class).value() == JsonInclude.Include.NON_NULL)
                    .map(RecordComponent::getName).collect(Collectors.toSet());
            Set<String> required = new HashSet<>(components);
            required.removeAll(optional);
            assertEquals(required, shape.required(), where + " required");
            for (RecordComponent component : type.getRecordComponents()) {
                String key = type.getSimpleName() + "." + component.getName();
                boolean componentNullable = NULLABLE.contains(key);
                if (componentNullable) {
                    nullableSeen.add(key);
                }
                assertShape(component.getGenericType(), SchemaShape.of(shape.properties().get(component.getName())),
                        key, componentNullable);
            }
            return;
        }
        Map<Class<?>, List<String>> scalars = new LinkedHashMap<>();
        scalars.put(UUID.class, List.of("string", "uuid"));
        scalars.put(String.class, List.of("string"));
        scalars.put(LocalDate.class, List.of("string", "date"));
        scalars.put(Instant.class, List.of("string", "date-time"));
        scalars.put(int.class, List.of("integer"));
        scalars.put(BigDecimal.class, List.of("number"));
        if (type.isEnum()) {
            expectedTypes.add("string");
            assertEquals(expectedTypes, shape.types(), where);
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            assertEquals(NARROWED_ENUMS.getOrDefault(where, constants), shape.enumValues(), where + " enum");
            return;
        }
        List<String> expected = scalars.get(type);
        assertNotNull(expected, where + ": no JSON mapping known for " + type);
        expectedTypes.add(expected.get(0));
        assertEquals(expectedTypes, shape.types(), where);
        assertEquals(expected.size() > 1 ? Set.of(expected.get(1)) : Set.of(), shape.formats(), where + " format");
    }

    private static Stream<EventType> typesWithPayload() {
        return Arrays.stream(EventType.values()).filter(type -> type.payloadType() != null);
    }

    private static Map<String, JsonNode> messagesByName() {
        Map<String, JsonNode> messages = new LinkedHashMap<>();
        ASYNCAPI.at("/components/messages").forEach(message -> {
            if (message.get("name").textValue().equals(DEAD_LETTER)) {
                return;
            }
            JsonNode previous = messages.put(message.get("name").textValue(), message);
            assertEquals(null, previous, "two messages named " + message.get("name"));
        });
        return messages;
    }

    private static Set<String> messageNames(JsonNode channel) {
        Set<String> names = new HashSet<>();
        channel.path("messages").forEach(message -> names.add(resolve(message).get("name").textValue()));
        return names;
    }

    private static String ceTypeConst(JsonNode message) {
        List<String> consts = new ArrayList<>();
        resolve(message.get("headers")).path("allOf").forEach(branch -> {
            JsonNode ceType = resolve(branch).at("/properties/" + CloudEventHeaders.CE_TYPE + "/const");
            if (ceType.isTextual()) {
                consts.add(ceType.textValue());
            }
        });
        assertEquals(1, consts.size(), "ce_type const of " + message.get("name"));
        return consts.get(0);
    }

    /** Follows a local {@code $ref} of the AsyncAPI document, if the node is one. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = ref.textValue();
        assertTrue(pointer.startsWith("#/"), "not a local reference: " + pointer);
        JsonNode target = ASYNCAPI.at(pointer.substring(1));
        assertFalse(target.isMissingNode(), "unresolvable " + pointer);
        return resolve(target);
    }

    private static JsonNode readAsyncApi() {
        try {
            return YAMLMapper.builder()
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .build()
                    .readTree(Path.of("asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
