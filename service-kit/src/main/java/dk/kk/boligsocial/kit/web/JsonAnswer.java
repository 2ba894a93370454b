package dk.kk.boligsocial.kit.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * A response body kept ready as JSON (UTF-8 bytes), with the version its ETag names. Written out as it is: a read that
 * serves one costs no serialisation. As bytes, because RESTEasy writes a {@code byte[]} straight to the connection,
 * where a {@code String} as {@code application/json} goes through the Jackson writer's blocking output stream, and a
 * kept answer read as bytes is never decoded and encoded again. Compared by nobody, so the array's identity equality
 * does not matter.
 */
public record JsonAnswer(byte[] utf8, long version) {

    public JsonAnswer(String json, long version) {
        this(json.getBytes(StandardCharsets.UTF_8), version);
    }

    /** 200 with the body as {@code application/json} and the version as a strong ETag. */
    public Response ok() {
        return Response.ok(utf8, MediaType.APPLICATION_JSON_TYPE).tag(ETags.entityTag(version)).build();
    }
}
