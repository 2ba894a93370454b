package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A keyset position in a collection ordered by {@code (createdAt, id)}: the last item of the previous page.
 *
 * <p>Keyset pagination instead of offsets: the next page is "everything after this position", i.e.
 * {@code WHERE (created_at, id) > (:createdAt, :id) ORDER BY created_at, id LIMIT :limit + 1}. Pages stay stable
 * while rows are inserted, and each page costs an index range scan however deep the client pages. The id breaks
 * ties between rows created in the same instant.
 *
 * <p>On the wire the position is opaque: base64url (no padding) of {@code v1|<ISO instant>|<uuid>}. Clients must not
 * build or parse cursors; the encoding may change with its version prefix.
 */
public record Cursor(Instant createdAt, UUID id) {

    private static final String VERSION = "v1";
    private static final String SEPARATOR = "|";

    public Cursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public static String encode(Instant createdAt, UUID id) {
        return new Cursor(createdAt, id).encode();
    }

    public String encode() {
        String plain = VERSION + SEPARATOR + createdAt + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidInputException (400, field {@code cursor}) when the value is not a cursor this service issued */
    public static Cursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\" + SEPARATOR, -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw invalid();
            }
            return new Cursor(Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(PageRequest.CURSOR, "is not a valid cursor; use the 'next' value of a previous page");
    }
}
