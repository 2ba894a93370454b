package dk.kk.boligsocial.messaging.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.kk.boligsocial.events.EventType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schemas of the event contract (the {@code events} jar's {@code schemas/}, draft 2020-12), loaded once and
 * used to check every payload a consumer receives. {@code format} is asserted (uuid, date, date-time), not only
 * annotated: the contract means it.
 */
final class EventSchemas {

    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private final Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);

    EventSchemas() {
        // The schemas' $ids name them under EventType.SCHEMA_ID_BASE; they are read from the events jar, never fetched.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(EventType.SCHEMA_ID_BASE, "classpath:schemas/")));
        for (EventType type : EventType.values()) {
            if (type.schemaResource() != null) {
                JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:" + type.schemaResource()), ASSERT_FORMATS);
                schema.initializeValidators();   // resolves the $refs now: a missing schema fails the start, not an event
                schemas.put(type, schema);
            }
        }
    }

    /** What is wrong with {@code payload} as an event of {@code type} (at most a few findings); empty if nothing. */
    List<String> problems(EventType type, JsonNode payload) {
        JsonSchema schema = schemas.get(type);
        if (schema == null) {
            return List.of();
        }
        Set<ValidationMessage> messages = schema.validate(payload);
        return messages.stream().map(ValidationMessage::getMessage).sorted().limit(5).toList();
    }
}
