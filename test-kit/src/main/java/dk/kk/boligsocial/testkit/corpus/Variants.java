package dk.kk.boligsocial.testkit.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kk.boligsocial.testkit.Tokens;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

/**
 * The malformed requests of one operation, derived from its OpenAPI description: garbage path ids, query values and
 * headers, broken tokens, and, for an operation with a body, broken JSON and every field of each request example
 * removed, nulled, retyped, or filled with control characters, huge text or absurd numbers.
 */
final class Variants {

    /** Placeholders resolved when the request is sent: the resource's current ETag and a fresh idempotency key. */
    static final String CURRENT_ETAG = "@current-etag";
    static final String FRESH_KEY = "@fresh-key";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jackson will not write half a surrogate pair, so the JSON escape replaces this marker after writing. */
    private static final String LONE_SURROGATE = "@lone-surrogate@";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Path values no resource can have: each one already percent-encoded as it goes on the wire. */
    private static final List<String> GARBAGE_IDS = List.of("x", "%00", "a%00b", "%01", "%0A", "%FF%FE", "-1", "0",
            "99999999999999999999", "00000000-0000-0000-0000-000000000000", "1e400", "%20", "..%2F..",
            "%E2%80%AE", "%C3%A6%C3%B8%C3%A5", "null", "%7B%7D", "x".repeat(300), "A".repeat(10_000));

    /** Query values: those with a control character must be refused; the rest must simply not break anything. */
    private static final List<String> QUERY_VALUES = List.of("", "x", "-1", "0", "1.5", "99999999999999999999",
            "1e400", "null", "%5B%5D", "%E2%80%AE", "y".repeat(3_000), "2011-14%00");
    private static final List<String> CONTROL_QUERY_VALUES = List.of("%00", "a%00b", "%01", "%0A", "%1F", "%7F");

    private final Operation operation;
    private final Map<String, String> pathValues;
    private final String bearer;
    private final Random random;
    private final List<JsonNode> examples;

    /**
     * @param values path parameter values by name; a key that is a text value of a request example (a demo id) is
     *               replaced by its value there, so the examples name resources that exist
     */
    Variants(Operation operation, Map<String, String> values, String bearer, long seed) {
        this.operation = operation;
        this.pathValues = values;
        this.bearer = bearer;
        this.random = new Random(seed ^ operation.key().hashCode());
        this.examples = operation.bodyExamples().stream().map(example -> substituted(example.deepCopy(), values)).toList();
    }

    private static JsonNode substituted(JsonNode node, Map<String, String> values) {
        if (node.isTextual() && values.containsKey(node.asText())) {
            return NODES.textNode(values.get(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(substituted(field.getValue(), values)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substituted(array.get(i), values));
            }
        }
        return node;
    }

    List<CorpusRequest> all() {
        List<CorpusRequest> requests = new ArrayList<>();
        requests.addAll(tokens());
        requests.addAll(pathIds());
        requests.addAll(queries());
        requests.addAll(headers());
        if (operation.hasBody()) {
            requests.addAll(brokenBodies());
            for (JsonNode example : examples) {
                requests.addAll(fieldMutations(example));
            }
        }
        return requests;
    }

    /** The request as a client that means well sends it, with the operation's first example as body. */
    CorpusRequest baseline() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", bearer);
        headers.put("Accept", "application/json");
        operation.header("If-Match").ifPresent(h -> headers.put("If-Match", CURRENT_ETAG));
        operation.header("Idempotency-Key").ifPresent(h -> headers.put("Idempotency-Key", FRESH_KEY));
        byte[] body = null;
        String contentType = null;
        if (operation.hasBody()) {
            JsonNode example = examples.isEmpty() ? NODES.objectNode() : examples.get(0);
            body = bytes(example);
            contentType = "application/json";
        }
        return new CorpusRequest(operation, "baseline", path(pathValues), baselineQuery(), headers, body, contentType,
                false);
    }

    private List<CorpusRequest> tokens() {
        CorpusRequest base = baseline();
        return List.of(
                refused(base.withHeader("Authorization", null), "no token"),
                refused(base.withHeader("Authorization", "Bearer"), "empty bearer"),
                refused(base.withHeader("Authorization", "Bearer not.a.jwt"), "garbage token"),
                refused(base.withHeader("Authorization", "Basic dXNlcjpwYXNz"), "basic auth"),
                refused(base.withHeader("Authorization", "Bearer " + "e".repeat(8_000)), "huge token"),
                refused(base.withHeader("Authorization", Tokens.bearer(Tokens.boligorganisationWithClaim(null))),
                        "boligorganisation token without org_id"),
                refused(base.withHeader("Authorization", Tokens.bearer(Tokens.boligorganisationWithClaim("not-a-uuid"))),
                        "boligorganisation token with a garbage org_id"));
    }

    private List<CorpusRequest> pathIds() {
        List<CorpusRequest> requests = new ArrayList<>();
        CorpusRequest base = baseline();
        for (Operation.Parameter parameter : operation.in("path")) {
            for (String garbage : GARBAGE_IDS) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(parameter.name(), null);
                String path = path(values).replace("{" + parameter.name() + "}", garbage);
                requests.add(new CorpusRequest(operation, "path " + parameter.name() + "=" + shorten(garbage), path,
                        base.query(), base.headers(), base.body(), base.contentType(), true));
            }
        }
        return requests;
    }

    private List<CorpusRequest> queries() {
        List<CorpusRequest> requests = new ArrayList<>();
        CorpusRequest base = baseline();
        for (Operation.Parameter parameter : operation.in("query")) {
            for (String value : QUERY_VALUES) {
                boolean refused = parameter.name().equals("cursor") && !value.isEmpty();
                requests.add(withQuery(base, parameter.name(), value, refused));
            }
            for (String value : CONTROL_QUERY_VALUES) {
                requests.add(withQuery(base, parameter.name(), value, true));
            }
            String nulCursor = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[2_250]);
            requests.add(withQuery(base, parameter.name(), nulCursor, parameter.name().equals("cursor")));
            requests.add(new CorpusRequest(operation, "query " + parameter.name() + " twice", base.path(),
                    join(base.query(), parameter.name() + "=1&" + parameter.name() + "=2"), base.headers(),
                    base.body(), base.contentType(), false));
        }
        requests.add(new CorpusRequest(operation, "unknown query parameter", base.path(),
                join(base.query(), "zzUnknown=%00"), base.headers(), base.body(), base.contentType(), false));
        requests.add(new CorpusRequest(operation, "20,000 character query", base.path(),
                join(base.query(), "q=" + "z".repeat(20_000)), base.headers(), base.body(), base.contentType(), true));
        return requests;
    }

    private CorpusRequest withQuery(CorpusRequest base, String name, String value, boolean refused) {
        return new CorpusRequest(operation, "query " + name + "=" + shorten(value), base.path(),
                join(base.query(), name + "=" + value), base.headers(), base.body(), base.contentType(), refused);
    }

    private List<CorpusRequest> headers() {
        List<CorpusRequest> requests = new ArrayList<>();
        CorpusRequest base = baseline();
        if (operation.header("If-Match").isPresent()) {
            requests.add(refused(base.withHeader("If-Match", null), "no If-Match"));
            for (String value : List.of("garbage", "\"\"", "\"", "W/\"999999\"", "\"99999999999999999999999\"", "\"-1\"",
                    "\"" + "9".repeat(5_000) + "\"", "\"999998\", \"999999\"", "*")) {
                requests.add(refused(base.withHeader("If-Match", value), "If-Match " + shorten(value)));
            }
        }
        if (operation.header("Idempotency-Key").isPresent()) {
            for (String value : List.of("", " ", "k".repeat(10_000), "æøå", "\"quoted\"", "a,b")) {
                CorpusRequest request = base.withHeader("Idempotency-Key", value);
                requests.add(new CorpusRequest(operation, "Idempotency-Key " + shorten(value), request.path(),
                        request.query(), request.headers(), request.body(), request.contentType(), false));
            }
        }
        CorpusRequest xml = base.withHeader("Accept", "application/xml");
        requests.add(new CorpusRequest(operation, "Accept application/xml", xml.path(), xml.query(), xml.headers(),
                xml.body(), xml.contentType(), false));
        requests.add(refused(base.withHeader("X-Filler", "f".repeat(40_000)), "40,000 character header"));
        return requests;
    }

    private List<CorpusRequest> brokenBodies() {
        List<CorpusRequest> requests = new ArrayList<>();
        CorpusRequest base = baseline();
        requests.add(new CorpusRequest(operation, "text/plain body", base.path(), base.query(), base.headers(),
                base.body(), "text/plain", true));
        List<byte[]> broken = List.of(new byte[0], utf8("{"), utf8("[]"), utf8("null"), utf8("\"x\""), utf8("123"),
                utf8("{\"a\":"), utf8("not json"), utf8("{\"a\":1}}"), utf8("\u0000"),
                new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                utf8("[".repeat(5_000)), utf8("{\"a\":" + "[".repeat(3_000) + "]".repeat(3_000) + "}"));
        for (byte[] body : broken) {
            // an operation whose body is optional takes an empty one as no body at all
            boolean refused = body.length > 0 || operation.bodyRequired();
            requests.add(new CorpusRequest(operation, "body " + shorten(new String(body, StandardCharsets.UTF_8)),
                    base.path(), base.query(), base.headers(), body, "application/json", refused));
        }
        return requests;
    }

    private List<CorpusRequest> fieldMutations(JsonNode example) {
        List<CorpusRequest> requests = new ArrayList<>();
        if (example.isObject() && example.size() > 0) {
            String first = example.fieldNames().next();
            String text = body(example);
            String duplicated = "{\"" + first + "\":null," + text.substring(1);
            requests.add(body("duplicate key " + first, utf8(duplicated), true));
            ObjectNode unknown = example.deepCopy();
            unknown.put("zzUnknown", 1);
            requests.add(body("unknown property", bytes(unknown), true));
        }
        walk(example, "", example, requests);
        return requests;
    }

    /** Every node reachable from the root through object fields and the first element of each array. */
    private void walk(JsonNode root, String pointer, JsonNode node, List<CorpusRequest> requests) {
        if (!pointer.isEmpty()) {
            mutate(root, pointer, node, requests);
        }
        if (node.isObject()) {
            node.properties().forEach(field -> walk(root, pointer + "/" + field.getKey(), field.getValue(), requests));
        } else if (node.isArray() && !node.isEmpty()) {
            walk(root, pointer + "/0", node.get(0), requests);
        }
    }

    private void mutate(JsonNode root, String pointer, JsonNode node, List<CorpusRequest> requests) {
        requests.add(replaced(root, pointer, null, "removed", false));
        requests.add(replaced(root, pointer, NODES.nullNode(), "null", false));
        if (node.isTextual()) {
            requests.add(replaced(root, pointer, NODES.numberNode(12345), "number for text", true));
            requests.add(replaced(root, pointer, NODES.booleanNode(true), "boolean for text", true));
            requests.add(replaced(root, pointer, NODES.objectNode(), "object for text", true));
            requests.add(replaced(root, pointer, NODES.arrayNode().add(node.asText()), "array for text", true));
            requests.add(replaced(root, pointer, NODES.textNode(node.asText() + "\u0000"), "NUL in text", true));
            requests.add(replaced(root, pointer, NODES.textNode("a\u0001b\u001Fc"), "control characters", true));
            requests.add(replaced(root, pointer, NODES.textNode(LONE_SURROGATE), "lone surrogate", true));
            requests.add(replaced(root, pointer, NODES.textNode(""), "empty text", false));
            requests.add(replaced(root, pointer, NODES.textNode("   "), "blank text", false));
            requests.add(replaced(root, pointer, NODES.textNode("x".repeat(100_000)), "100,000 characters", true));
            requests.add(replaced(root, pointer, NODES.textNode(randomText()), "random text", false));
        } else if (node.isNumber()) {
            requests.add(replaced(root, pointer, NODES.textNode(node.asText()), "text for number", true));
            requests.add(replaced(root, pointer, NODES.booleanNode(true), "boolean for number", true));
            requests.add(replaced(root, pointer, NODES.objectNode(), "object for number", true));
            requests.add(replaced(root, pointer, NODES.numberNode(new BigDecimal("1e400")), "1e400", true));
            requests.add(replaced(root, pointer, NODES.numberNode(new BigDecimal("123456789012345678901234567890")),
                    "30 digits", true));
            requests.add(replaced(root, pointer, NODES.numberNode(-1), "-1", false));
            requests.add(replaced(root, pointer, NODES.numberNode(0), "0", false));
            requests.add(replaced(root, pointer, NODES.numberNode(new BigDecimal("0.001")), "0.001", false));
            requests.add(replaced(root, pointer, NODES.numberNode(random.nextLong()), "random long", false));
        } else if (node.isBoolean()) {
            requests.add(replaced(root, pointer, NODES.textNode(node.asText()), "text for boolean", true));
            requests.add(replaced(root, pointer, NODES.numberNode(1), "number for boolean", true));
        } else if (node.isArray()) {
            requests.add(replaced(root, pointer, NODES.objectNode(), "object for array", true));
            requests.add(replaced(root, pointer, NODES.textNode("x"), "text for array", true));
            requests.add(replaced(root, pointer, NODES.arrayNode().addNull(), "[null]", false));
            requests.add(replaced(root, pointer, NODES.arrayNode(), "[]", false));
            if (!node.isEmpty()) {
                OptionalInt cap = operation.maxItemsAt(pointer);
                if (cap.isPresent() && cap.getAsInt() < 1_000) {
                    requests.add(replaced(root, pointer, copies(node.get(0), cap.getAsInt() + 1),
                            "one element over maxItems", true));
                }
                requests.add(replaced(root, pointer, copies(node.get(0), 1_000), "1,000 elements",
                        cap.isPresent() && cap.getAsInt() < 1_000));
            }
        } else if (node.isObject()) {
            requests.add(replaced(root, pointer, NODES.arrayNode(), "array for object", true));
            requests.add(replaced(root, pointer, NODES.textNode("x"), "text for object", true));
            requests.add(replaced(root, pointer, NODES.numberNode(1), "number for object", true));
            requests.add(replaced(root, pointer, NODES.objectNode(), "empty object", false));
        }
    }

    private static ArrayNode copies(JsonNode element, int count) {
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            many.add(element);
        }
        return many;
    }

    /** The example with the node at {@code pointer} replaced by {@code value}, or removed when value is null. */
    private CorpusRequest replaced(JsonNode root, String pointer, JsonNode value, String what, boolean refused) {
        JsonNode copy = root.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? copy : copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
        return body(pointer + " " + what, bytes(copy), refused);
    }

    private CorpusRequest body(String variant, byte[] body, boolean refused) {
        CorpusRequest base = baseline();
        return new CorpusRequest(operation, variant, base.path(), base.query(), base.headers(), body,
                "application/json", refused);
    }

    private CorpusRequest refused(CorpusRequest request, String variant) {
        return new CorpusRequest(operation, variant, request.path(), request.query(), request.headers(),
                request.body(), request.contentType(), true);
    }

    /** Text drawn from the whole of Unicode's basic plane outside the control characters and surrogates. */
    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        while (text.length() < length) {
            int c = 0x20 + random.nextInt(0xFFFD - 0x20);
            if ((c < 0x7F || c > 0x9F) && (c < 0xD800 || c > 0xDFFF)) {
                text.append((char) c);
            }
        }
        return text.toString();
    }

    private String baselineQuery() {
        List<String> pairs = new ArrayList<>();
        for (Operation.Parameter parameter : operation.in("query")) {
            String value = pathValues.get(parameter.name());
            if (value != null) {
                pairs.add(parameter.name() + "=" + encode(value));
            }
        }
        return String.join("&", pairs);
    }

    private String path(Map<String, String> values) {
        String path = operation.pathTemplate();
        for (Operation.Parameter parameter : operation.in("path")) {
            String value = values.get(parameter.name());
            if (value != null) {
                path = path.replace("{" + parameter.name() + "}", encode(value));
            } else if (!values.containsKey(parameter.name())) {
                throw new IllegalStateException(operation.key() + " needs a value for path parameter "
                        + parameter.name());
            }
        }
        return path;
    }

    private static String join(String query, String pair) {
        return query.isEmpty() ? pair : query + "&" + pair;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String value) {
        return value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String body(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        return utf8(body(node).replace(LONE_SURROGATE, "\\ud800"));
    }
}
