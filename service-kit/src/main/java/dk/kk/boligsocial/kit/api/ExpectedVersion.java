package dk.kk.boligsocial.kit.api;

import java.util.List;

/**
 * The version a client expects a resource to have before it changes it: what it sent in {@code If-Match}, parsed
 * by the HTTP layer ({@code kit.web.IfMatch}) so that use cases compare numbers, never header text.
 *
 * <p>An absent header is a value too ({@link #NONE}), checked only where the resource is found: a request for a
 * resource that does not exist answers 404 whether or not it carried {@code If-Match}.
 *
 * @param versions the versions named by the header's tags; a tag that is no version never matches
 * @param header   the header as sent, for the 412 message; {@code null} when absent
 */
public record ExpectedVersion(List<Long> versions, String header) {

    /** No {@code If-Match} was sent. */
    public static final ExpectedVersion NONE = new ExpectedVersion(List.of(), null);

    public ExpectedVersion {
        versions = List.copyOf(versions);
    }

    /** For callers that hold a version, not a header (e.g. tests and internal use cases). */
    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(List.of(version), "\"" + version + "\"");
    }

    /**
     * @throws PreconditionRequiredException 428 when the request had no {@code If-Match}
     * @throws PreconditionFailedException   412 when no tag in it names {@code currentVersion}
     */
    public void require(long currentVersion) {
        if (header == null) {
            throw new PreconditionRequiredException(
                    "This request needs an If-Match header with the resource's current ETag");
        }
        if (!versions.contains(currentVersion)) {
            throw new PreconditionFailedException("The resource has changed: its current ETag is \"" + currentVersion
                    + "\", If-Match was " + header.trim());
        }
    }
}
