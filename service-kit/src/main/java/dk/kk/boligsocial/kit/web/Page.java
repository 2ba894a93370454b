package dk.kk.boligsocial.kit.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
     * The page as JSON when its items are JSON documents already (answers kept ready): nothing is parsed or
     * serialised again. A cursor is base64url, so it needs no escaping.
     */
    public static String rawJson(Page<String> page) {
        StringBuilder json = new StringBuilder(64 + page.items().stream().mapToInt(String::length).sum()
                + page.items().size());
        json.append("{\"items\":[");
        for (int i = 0; i < page.items().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(page.items().get(i));
        }
        json.append("],\"next\":");
        if (page.next() == null) {
            json.append("null");
        } else {
            json.append('"').append(page.next()).append('"');
        }
        return json.append('}').toString();
    }
}
