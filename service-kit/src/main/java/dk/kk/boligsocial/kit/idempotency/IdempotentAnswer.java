package dk.kk.boligsocial.kit.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Objects;

/**
 * The answer to a POST as stored under its {@code Idempotency-Key}: status, the JSON body exactly as first sent,
 * and the {@code Location} and {@code ETag} headers. A replay answers with the same bytes.
 *
 * @param status   a 2xx status
 * @param body     the JSON body
 * @param location the {@code Location} header, or {@code null}
 * @param etag     the {@code ETag} header with its quotes ({@code "0"}), or {@code null}
 * @param replayed whether this is a stored answer given again rather than the answer of this request's own effect
 */
public record IdempotentAnswer(int status, String body, String location, String etag, boolean replayed) {

    /** Header set on a replayed answer, so that clients and logs can tell a replay from a fresh effect. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public IdempotentAnswer {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("only successful answers are stored: " + status);
        }
        Objects.requireNonNull(body, "body");
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        if (location != null) {
            response.location(URI.create(location));
        }
        if (etag != null) {
            response.header(HttpHeaders.ETAG, etag);
        }
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }
}
