package dk.kk.boligsocial.kit.idempotency;

import java.net.URI;

/**
 * What the effect of an idempotent POST answers before it is stored: status, body (serialised by the kit),
 * {@code Location} and version for the {@code ETag}.
 *
 * @param status   a 2xx status
 * @param body     the response record
 * @param location the created resource, or {@code null}
 * @param version  the resource's version for the {@code ETag}, or {@code null}
 */
public record Outcome(int status, Object body, URI location, Long version) {

    /** 201 with {@code Location} and {@code ETag}. */
    public static Outcome created(Object body, URI location, long version) {
        return new Outcome(201, body, location, version);
    }

    /** 200 with the body only. */
    public static Outcome ok(Object body) {
        return new Outcome(200, body, null, null);
    }
}
