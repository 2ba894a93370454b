package dk.kk.boligsocial.kit.health;

import io.smallrye.health.api.HealthContentFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the health endpoints say in production: each check's name and status, and of its data only numbers and
 * booleans (a backlog, an age). Text is left out, because text is where the checks put exception messages: the
 * datasource check a driver's error with host and login, the Kafka checks a client's error, a failed query its
 * SQL. Those belong in the log, which the checks write too. {@code boligsocial.health.details=true} (dev mode)
 * shows everything.
 */
@ApplicationScoped
public class HealthDetails implements HealthContentFilter {

    /**
     * One factory for every answer: {@code Json.createObjectBuilder()} looks its provider up through the
     * {@link java.util.ServiceLoader} (jar scans) on every call, which made a health check cost as much CPU as a plan
     * read.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private final boolean showText;

    public HealthDetails(@ConfigProperty(name = "boligsocial.health.details", defaultValue = "false") boolean showText) {
        this.showText = showText;
    }

    @Override
    public JsonObject filter(JsonObject payload) {
        if (showText || !payload.containsKey("checks")) {
            return payload;
        }
        JsonObjectBuilder filtered = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : payload.entrySet()) {
            if (field.getKey().equals("checks") && field.getValue().getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArrayBuilder checks = JSON.createArrayBuilder();
                for (JsonValue check : field.getValue().asJsonArray()) {
                    checks.add(check.getValueType() == JsonValue.ValueType.OBJECT ? withoutText(check.asJsonObject()) : check);
                }
                filtered.add("checks", checks);
            } else if (field.getValue().getValueType() != JsonValue.ValueType.STRING || field.getKey().equals("status")) {
                filtered.add(field.getKey(), field.getValue());
            }
        }
        return filtered.build();
    }

    private static JsonObject withoutText(JsonObject check) {
        JsonObjectBuilder kept = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : check.entrySet()) {
            switch (field.getKey()) {
                case "name", "status" -> kept.add(field.getKey(), field.getValue());
                case "data" -> {
                    if (field.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
                        JsonObject numbers = numbersAndFlags(field.getValue().asJsonObject());
                        if (!numbers.isEmpty()) {
                            kept.add("data", numbers);
                        }
                    }
                }
                default -> {
                    // anything else a check adds (problem details, nested objects) may carry text: left out
                }
            }
        }
        return kept.build();
    }

    private static JsonObject numbersAndFlags(JsonObject data) {
        JsonObjectBuilder kept = JSON.createObjectBuilder();
        data.forEach((key, value) -> {
            switch (value.getValueType()) {
                case NUMBER, TRUE, FALSE -> kept.add(key, value);
                default -> {
                    // text: possibly an exception message
                }
            }
        });
        return kept.build();
    }
}
