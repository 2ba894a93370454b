package dk.kk.boligsocial.kit.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection: {@code {"items": [...], "next": "<cursor>"}}; {@code next} is {@code null} on the last page.
 */
public record Page<T>(
        List<T> items,
        @Schema(description = "Cursor of the next page, null on the last page", nullable = true)
        String next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * From rows fetched with {@code LIMIT limit + 1}: the extra row, if present, only proves there is a next page,
     * whose cursor is the position of the last item shown.
     */
    public static <R, T> Page<T> fromLookahead(List<R> rows, PageRequest request, Function<R, Cursor> position, Function<R, T> toItem) {
        int limit = request.limit();
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? position.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }

    /**
     * The page as JSON (UTF-8) when its items are JSON documents already (answers kept ready, as read): nothing is
     * parsed, serialised, decoded or encoded again. A cursor is base64url, so it needs no escaping.
     */
    public static byte[] rawJson(Page<byte[]> page) {
        byte[] head = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("],\"next\":" + (page.next() == null ? "null" : '"' + page.next() + '"') + "}")
                .getBytes(StandardCharsets.US_ASCII);
        int size = head.length + tail.length + Math.max(0, page.items().size() - 1);
        for (byte[] item : page.items()) {
            size += item.length;
        }
        byte[] json = new byte[size];
        System.arraycopy(head, 0, json, 0, head.length);
        int at = head.length;
        for (int i = 0; i < page.items().size(); i++) {
            if (i > 0) {
                json[at++] = ',';
            }
            byte[] item = page.items().get(i);
            System.arraycopy(item, 0, json, at, item.length);
            at += item.length;
        }
        System.arraycopy(tail, 0, json, at, tail.length);
        return json;
    }
}
