package dk.kk.boligsocial.testkit;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks event payloads against the JSON Schemas (draft 2020-12) the events module ships on the classpath under
 * {@code schemas/}: {@code dk.kk.boligsocial.plan.granted.v1} is checked against {@code schemas/plan.granted.v1.json}.
 *
 * <p>Schemas are loaded from {@code classpath:schemas/...}, so a relative {@code $ref} such as
 * {@code common.json#/$defs/Money} resolves to the sibling {@code schemas/common.json}. An absolute {@code $id}/{@code $ref}
 * over http(s) whose file name exists under {@code schemas/} is mapped there too: nothing is fetched from the network.
 * {@code format} is asserted (uuid, date, date-time, ...), not only annotated.
 */
public final class EventContract {

    static final String TYPE_PREFIX = "dk.kk.boligsocial.";
    static final String SCHEMA_DIRECTORY = "schemas/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mappings(EventContract::isKnownRemoteSchema,
                    EventContract::classpathLocation)));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContract() {
    }

    public static void assertValid(String ceType, String json) {
        Set<ValidationMessage> problems = schemaFor(ceType).validate(json, InputFormat.JSON);
        if (!problems.isEmpty()) {
            fail(ceType + " payload does not match " + schemaResource(ceType) + ":\n"
                    + problems.stream().map(m -> "  " + m.getMessage()).sorted().collect(Collectors.joining("\n"))
                    + "\npayload: " + json);
        }
    }

    static String schemaResource(String ceType) {
        String name = ceType.startsWith(TYPE_PREFIX) ? ceType.substring(TYPE_PREFIX.length()) : ceType;
        return SCHEMA_DIRECTORY + name + ".json";
    }

    private static JsonSchema schemaFor(String ceType) {
        return SCHEMAS.computeIfAbsent(ceType, type -> {
            String resource = schemaResource(type);
            if (classLoader().getResource(resource) == null) {
                throw new IllegalArgumentException("no schema for event type " + type + ": " + resource + " is not on the classpath");
            }
            return FACTORY.getSchema(SchemaLocation.of("classpath:" + resource), CONFIG);
        });
    }

    private static boolean isKnownRemoteSchema(String iri) {
        return (iri.startsWith("http://") || iri.startsWith("https://"))
                && !fileName(iri).isEmpty()
                && classLoader().getResource(SCHEMA_DIRECTORY + fileName(iri)) != null;
    }

    private static String classpathLocation(String iri) {
        return "classpath:" + SCHEMA_DIRECTORY + fileName(iri);
    }

    private static String fileName(String iri) {
        int hash = iri.indexOf('#');
        String withoutFragment = hash < 0 ? iri : iri.substring(0, hash);
        return withoutFragment.substring(withoutFragment.lastIndexOf('/') + 1);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : EventContract.class.getClassLoader();
    }
}
