package dk.kk.boligsocial.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the schemas of the document as exact as the wire:
 * <ul>
 *   <li>A page of a collection is declared in a resource as {@code @Schema(ref = "<Item>Page")} (the examples of an
 *       {@code @APIResponse} would otherwise replace the schema SmallRye derives from {@code Page<Item>}, leaving the
 *       page untyped); here each such page becomes {@code {items: Item[], next: string|null}}, both required.</li>
 *   <li>Jackson writes every property of a response record, null or not, so in a schema that only answers (never
 *       read from a request) every property is required; which of them may be null its record declares with
 *       {@code @Schema(nullable = true)}. A schema that declares its own required list (a record written with
 *       {@code NON_NULL}, or one shared with requests) keeps it.</li>
 * </ul>
 */
final class ContractSchemas {

    static final String PAGE_SUFFIX = "Page";
    private static final String PREFIX = "#/components/schemas/";

    private ContractSchemas() {
    }

    static void complete(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Schema> requestRoots = new ArrayList<>();
        List<Schema> responseRoots = new ArrayList<>();
        List<Schema> allRoots = new ArrayList<>();
        for (PathItem pathItem : openAPI.getPaths().getPathItems().values()) {
            if (pathItem.getOperations() == null) {
                continue;
            }
            for (Operation operation : pathItem.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    collect(operation.getRequestBody().getContent(), requestRoots);
                }
                if (pathItem.getParameters() != null) {
                    pathItem.getParameters().stream().filter(p -> p.getSchema() != null)
                            .forEach(p -> allRoots.add(p.getSchema()));
                }
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().filter(p -> p.getSchema() != null)
                            .forEach(p -> allRoots.add(p.getSchema()));
                }
                for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                    collect(response.getValue().getContent(), allRoots);
                    if (response.getValue().getHeaders() != null) {
                        response.getValue().getHeaders().values().stream().filter(h -> h.getSchema() != null)
                                .forEach(h -> allRoots.add(h.getSchema()));
                    }
                    if (response.getKey().startsWith("2")) {
                        collect(response.getValue().getContent(), responseRoots);
                    }
                }
            }
        }
        for (Schema root : responseRoots) {
            addPage(root, openAPI.getComponents());
        }
        allRoots.addAll(requestRoots);
        allRoots.addAll(responseRoots);
        dropUnused(openAPI, allRoots);
        schemas = openAPI.getComponents().getSchemas();
        Set<String> requestSchemas = reachable(requestRoots, schemas);
        for (String name : reachable(responseRoots, schemas)) {
            Schema schema = schemas.get(name);
            if (requestSchemas.contains(name) || schema == null || schema.getProperties() == null
                    || schema.getProperties().isEmpty()) {
                continue;
            }
            if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    /**
     * A schema no operation refers to (the kit's records are scanned in every service, used or not) would only
     * mislead a generator; it is dropped, as are those only it referred to.
     */
    private static void dropUnused(OpenAPI openAPI, List<Schema> roots) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = reachable(roots, schemas);
        for (String name : new ArrayList<>(schemas.keySet())) {
            if (!used.contains(name) && !name.equals(ProblemOpenApiFilter.PROBLEM)
                    && !name.equals(ProblemOpenApiFilter.FIELD_ERROR)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    private static void collect(Content content, List<Schema> roots) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() != null) {
                roots.add(media.getSchema());
            }
        }
    }

    private static void addPage(Schema root, org.eclipse.microprofile.openapi.models.Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        String name = name(root);
        if (name == null || !name.endsWith(PAGE_SUFFIX) || schemas.containsKey(name)) {
            return;
        }
        String item = name.substring(0, name.length() - PAGE_SUFFIX.length());
        if (!schemas.containsKey(item)) {
            throw new IllegalStateException("page schema " + name + " names no item schema " + item);
        }
        components.addSchema(name, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One page of " + item + ": follow next (as ?cursor=) until it is null")
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(item)))
                .addProperty("next", OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING).addType(Schema.SchemaType.NULL)
                        .description("Opaque cursor of the next page; null on the last page")
                        .examples(List.of("MjAxMS0wNS0wMlQwOToxNTowMFp8M2I5ZQ")))
                .required(List.of("items", "next")));
    }

    /** The names of the component schemas a set of schemas refers to, directly or through others. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String name = name(schema);
            if (name != null) {
                if (names.add(name) && schemas.containsKey(name)) {
                    todo.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.push(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    parts.forEach(todo::push);
                }
            }
        }
        return names;
    }

    private static String name(Schema schema) {
        String ref = schema.getRef();
        return ref != null && ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : null;
    }
}
