package dk.kk.boligsocial.kit.web;

import jakarta.ws.rs.core.EntityTag;

/** The {@code ETag} of a resource is its version, as a strong tag: version 3 is {@code "3"}. */
public final class ETags {

    private ETags() {
    }

    /** The header value, quotes included: {@code "3"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** For {@code Response.ResponseBuilder.tag(EntityTag)}; note that {@code tag(String)} adds quotes itself. */
    public static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
