package dk.kk.boligsocial.events.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a ledger exported by {@code GET /v1/pools/{id}/ledger}: JSON (a page {@code {"items": [...]}}, or an array of
 * entries, e.g. the items of all pages joined) or CSV (the whole ledger, {@code Accept: text/csv}). Plain Java, so
 * that the check needs nothing but a Java runtime and this jar.
 *
 * <p>CSV cannot tell an absent reference from an empty one (both are an empty cell), and undoes the spreadsheet
 * guard ({@code '} before a cell starting with {@code = + - @}); JSON is exact.
 */
public final class LedgerExportReader {

    static final List<String> COLUMNS = List.of("position", "id", "roundId", "planId", "poolId", "kind", "source",
            "year", "amount", "causeType", "causeId", "reference", "recordedBy", "recordedAt", "effectiveOn",
            "previousHash", "hash");

    private LedgerExportReader() {
    }

    /** The entries of the export, in the file's order; text starting with '[' or '{' is JSON, anything else CSV. */
    public static List<LedgerChainEntry> read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = body.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return fromJson(trimmed);
        }
        return fromCsv(body);
    }

    @SuppressWarnings("unchecked")
    static List<LedgerChainEntry> fromJson(String text) {
        Object root = new Json(text).document();
        List<Object> items;
        if (root instanceof Map<?, ?> page && page.get("items") instanceof List<?> list) {
            items = (List<Object>) list;
        } else if (root instanceof List<?> list) {
            items = (List<Object>) list;
        } else {
            throw new IllegalArgumentException("expected {\"items\": [...]} or an array of ledger entries");
        }
        List<LedgerChainEntry> entries = new ArrayList<>();
        for (Object item : items) {
            Map<String, Object> fields = (Map<String, Object>) item;
            Map<String, String> values = new LinkedHashMap<>();
            fields.forEach((name, value) -> values.put(name, jsonValue(value)));
            entries.add(entry(values));
        }
        return entries;
    }

    private static String jsonValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> money && money.containsKey("amount")) {
            return jsonValue(money.get("amount")); // {"amount": 1.00, "currency": "DKK"}
        }
        return value.toString();
    }

    static List<LedgerChainEntry> fromCsv(String text) {
        List<List<String>> rows = Csv.rows(text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("an empty CSV file: not even the header row");
        }
        List<String> header = rows.get(0);
        List<LedgerChainEntry> entries = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < row.size(); i++) {
                String cell = row.get(i);
                if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
                    cell = cell.substring(1);
                }
                values.put(header.get(i), cell.isEmpty() ? null : cell);
            }
            entries.add(entry(values));
        }
        return entries;
    }

    private static LedgerChainEntry entry(Map<String, String> v) {
        for (String required : List.of("position", "id", "roundId", "planId", "kind", "source", "year", "amount",
                "causeType", "causeId", "recordedBy", "recordedAt", "effectiveOn", "previousHash", "hash")) {
            if (v.get(required) == null) {
                throw new IllegalArgumentException("an entry without " + required + ": " + v);
            }
        }
        return new LedgerChainEntry(Long.parseLong(v.get("position")), UUID.fromString(v.get("id")),
                v.get("roundId"), UUID.fromString(v.get("planId")),
                v.get("poolId") == null ? null : UUID.fromString(v.get("poolId")), v.get("kind"), v.get("source"),
                Integer.parseInt(v.get("year")), new BigDecimal(v.get("amount")), v.get("causeType"),
                v.get("causeId"), v.get("reference"), v.get("recordedBy"), Instant.parse(v.get("recordedAt")),
                LocalDate.parse(v.get("effectiveOn")), v.get("previousHash"), v.get("hash"));
    }

    /** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> rows(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }

    /** Just enough JSON: objects, arrays, strings, numbers (kept as written), true, false, null. */
    static final class Json {

        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            space();
            if (at != text.length()) {
                throw error("text after the document");
            }
            return value;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                default:
                    if (text.startsWith("true", at)) {
                        at += 4;
                        return Boolean.TRUE;
                    }
                    if (text.startsWith("false", at)) {
                        at += 5;
                        return Boolean.FALSE;
                    }
                    if (text.startsWith("null", at)) {
                        at += 4;
                        return null;
                    }
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            space();
            if (peek() == '}') {
                at++;
                return object;
            }
            while (true) {
                space();
                String name = string();
                space();
                expect(':');
                object.put(name, value());
                space();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return object;
                }
            }
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            at++;
            space();
            if (peek() == ']') {
                at++;
                return array;
            }
            while (true) {
                array.add(value());
                space();
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return array;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private String number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw error("unexpected character '" + text.charAt(at) + "'");
            }
            return new BigDecimal(text.substring(start, at)).toPlainString();
        }

        private char peek() {
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(at);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("not a ledger export: " + what + " at character " + at);
        }
    }
}
