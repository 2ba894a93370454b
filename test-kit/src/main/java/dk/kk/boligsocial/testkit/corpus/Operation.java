package dk.kk.boligsocial.testkit.corpus;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** One operation of an OpenAPI document, as far as the corpus needs it. */
record Operation(String method, String pathTemplate, List<Parameter> parameters, List<JsonNode> bodyExamples,
                 boolean hasBody, boolean bodyRequired, JsonNode bodySchema, JsonNode document) {

    /** A parameter of the operation: {@code in} is path, query or header; {@code type} the schema type (may be null). */
    record Parameter(String name, String in, String type, String format, boolean required) {
    }

    String key() {
        return method + " " + pathTemplate;
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    Optional<Parameter> header(String name) {
        return in("header").stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    boolean writes() {
        return !method.equals("GET");
    }

    static List<Operation> readAll(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                operations.add(read(method, path.getKey(), entry.getValue(), document));
            }
        }
        return operations;
    }

    private static Operation read(String method, String path, JsonNode operation, JsonNode document) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode schema = resolve(parameter.path("schema"), document);
            parameters.add(new Parameter(parameter.get("name").asText(), parameter.get("in").asText(),
                    schema.path("type").isMissingNode() ? null : schema.path("type").asText(),
                    schema.path("format").isMissingNode() ? null : schema.path("format").asText(),
                    parameter.path("required").asBoolean(false)));
        }
        List<JsonNode> examples = new ArrayList<>();
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode bodySchema = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        for (JsonNode media : content) {
            if (bodySchema.isMissingNode()) {
                bodySchema = media.path("schema");
            }
            for (JsonNode example : media.path("examples")) {
                if (example.has("value")) {
                    examples.add(example.get("value"));
                }
            }
            if (media.has("example")) {
                examples.add(media.get("example"));
            }
        }
        return new Operation(method, path, parameters, examples, !content.isMissingNode() && !content.isEmpty(),
                operation.path("requestBody").path("required").asBoolean(false), bodySchema, document);
    }

    /** The cap the body's schema states for the list at {@code pointer} (a JSON pointer into a request example). */
    OptionalInt maxItemsAt(String pointer) {
        JsonNode schema = resolve(bodySchema, document);
        for (String segment : pointer.substring(1).split("/")) {
            schema = resolve(segment.chars().allMatch(Character::isDigit) && schema.has("items")
                    ? schema.get("items") : schema.path("properties").path(segment), document);
        }
        return schema.has("maxItems") ? OptionalInt.of(schema.get("maxItems").asInt()) : OptionalInt.empty();
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        JsonNode ref = schema.path("$ref");
        if (ref.isTextual() && ref.asText().startsWith("#/")) {
            return document.at(ref.asText().substring(1));
        }
        return schema;
    }
}
