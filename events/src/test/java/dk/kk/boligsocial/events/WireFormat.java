package dk.kk.boligsocial.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The wire format as producers configure Jackson, and the schemas as integrators load them from
 * the jar's classpath (so relative {@code $ref}s are resolved the way they will be in the field).
 */
final class WireFormat {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // Reading amounts as doubles would hide a third decimal from multipleOf.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    // The schemas' $ids name them under EventType.SCHEMA_ID_BASE; they are read from the classpath, never fetched.
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(EventType.SCHEMA_ID_BASE, "classpath:schemas/")));

    // Formats (uuid, date, date-time) are only annotations in 2020-12 unless asserted; the contract means them.
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private WireFormat() {
    }

    static JsonSchema schema(String classpathResource) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:" + classpathResource), ASSERT_FORMATS);
    }

    /** The draft 2020-12 meta-schema; the validator ships it, so nothing is fetched. */
    static JsonSchema metaSchema() {
        return SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    }

    static JsonSchema schemaOf(EventType type) {
        return schema(type.schemaResource());
    }

    /** The JSON text a producer puts on the wire. */
    static String write(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates what a consumer would read: the JSON text, not an in-memory tree. */
    static Set<ValidationMessage> validate(EventType type, JsonNode payload) {
        return schemaOf(type).validate(read(payload.toString()));
    }
}
