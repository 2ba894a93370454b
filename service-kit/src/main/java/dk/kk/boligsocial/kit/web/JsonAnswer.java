package dk.kk.boligsocial.kit.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A response body kept ready as JSON, with the version its ETag names. Written out as it is: a read that serves one
 * costs no serialisation.
 */
public record JsonAnswer(String json, long version) {

    /** 200 with the body as {@code application/json} and the version as a strong ETag. */
    public Response ok() {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(ETags.entityTag(version)).build();
    }
}
