package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ?limit=&cursor=} of a collection endpoint. Use as a bean parameter
 * ({@code list(@BeanParam PageRequest page)}) or build with {@link #of(String, String)}.
 *
 * <p>{@code limit} defaults to {@value #DEFAULT_LIMIT} and must be 1..{@value #MAX_LIMIT}; the parameters are read as
 * strings so that a non-number answers 400 naming {@code limit} (JAX-RS would answer 404 for an unconvertible query
 * parameter). Both are checked together on first access, each bad one reported as a field error.
 * See {@link Cursor} for the keyset approach.
 */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";

    @QueryParam(LIMIT)
    @Parameter(description = "Maximum number of items on the page",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
    String limitParameter;

    @QueryParam(CURSOR)
    @Parameter(description = "Opaque position to continue from: the 'next' value of the previous page",
            schema = @Schema(type = SchemaType.STRING))
    String cursorParameter;

    private Checked checked;

    public static PageRequest of(String limit, String cursor) {
        PageRequest request = new PageRequest();
        request.limitParameter = limit;
        request.cursorParameter = cursor;
        request.checked();
        return request;
    }

    public int limit() {
        return checked().limit();
    }

    /** Empty for the first page. */
    public Optional<Cursor> after() {
        return Optional.ofNullable(checked().after());
    }

    private Checked checked() {
        if (checked == null) {
            checked = check(limitParameter, cursorParameter);
        }
        return checked;
    }

    private static Checked check(String limitValue, String cursorValue) {
        List<FieldError> errors = new ArrayList<>();
        int limit = DEFAULT_LIMIT;
        if (limitValue != null && !limitValue.isBlank()) {
            try {
                limit = Integer.parseInt(limitValue.trim());
                if (limit < 1 || limit > MAX_LIMIT) {
                    errors.add(new FieldError(LIMIT, "must be between 1 and " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError(LIMIT, "must be an integer between 1 and " + MAX_LIMIT));
            }
        }
        Cursor after = null;
        if (cursorValue != null && !cursorValue.isBlank()) {
            try {
                after = Cursor.decode(cursorValue.trim());
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(limit, after);
    }

    private record Checked(int limit, Cursor after) {
    }
}
