package dk.kk.boligsocial.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a schema says about one value once its {@code $ref}s and {@code allOf}s are followed: the
 * JSON types, format, properties, required names, enum values and array items. Enough to compare a
 * schema with the Java type that is written into it, without a second validator.
 */
record SchemaShape(
        Set<String> types,
        Set<String> formats,
        Map<String, List<Fragment>> properties,
        Set<String> required,
        List<String> enumValues,
        List<Fragment> items,
        boolean closed) {

    static final Path SCHEMA_DIR = Path.of("src/main/resources/schemas");

    /** A piece of schema and the file its relative references are resolved against. */
    record Fragment(JsonNode node, Path file) {
    }

    static Fragment file(String fileName) {
        Path file = SCHEMA_DIR.resolve(fileName);
        return new Fragment(load(file), file);
    }

    static SchemaShape of(Fragment fragment) {
        return of(List.of(fragment));
    }

    static SchemaShape of(List<Fragment> fragments) {
        SchemaShape shape = new SchemaShape(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashMap<>(),
                new LinkedHashSet<>(), new ArrayList<>(), new ArrayList<>(), false);
        boolean closed = false;
        for (Fragment fragment : fragments) {
            closed |= shape.collect(fragment);
        }
        return new SchemaShape(shape.types, shape.formats, shape.properties, shape.required, shape.enumValues,
                shape.items, closed);
    }

    /** Collects one fragment into this shape; answers whether it forbids additional properties. */
    private boolean collect(Fragment fragment) {
        JsonNode node = fragment.node();
        boolean closed = node.path("additionalProperties").isBoolean()
                && !node.path("additionalProperties").booleanValue();
        if (node.has("$ref")) {
            closed |= collect(resolve(node.get("$ref").textValue(), fragment.file()));
        }
        for (JsonNode branch : node.path("allOf")) {
            closed |= collect(new Fragment(branch, fragment.file()));
        }
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            types.add(type.textValue());
        }
        type.forEach(t -> types.add(t.textValue()));
        if (node.has("format")) {
            formats.add(node.get("format").textValue());
        }
        node.path("properties").properties().forEach(property -> properties
                .computeIfAbsent(property.getKey(), name -> new ArrayList<>())
                .add(new Fragment(property.getValue(), fragment.file())));
        node.path("required").forEach(name -> required.add(name.textValue()));
        node.path("enum").forEach(value -> enumValues.add(value.textValue()));
        if (node.has("items")) {
            items.add(new Fragment(node.get("items"), fragment.file()));
        }
        return closed;
    }

    private static Fragment resolve(String ref, Path from) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        Path file = filePart.isEmpty() ? from : from.resolveSibling(filePart);
        JsonNode target = load(file).at(pointer);
        if (target.isMissingNode()) {
            throw new AssertionError("unresolvable $ref " + ref + " in " + from);
        }
        return new Fragment(target, file);
    }

    private static JsonNode load(Path file) {
        try {
            return WireFormat.read(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
