package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.PreconditionFailedException;
import dk.kk.boligsocial.kit.api.PreconditionRequiredException;

/**
 * Optimistic concurrency for updates and decisions: the client sends back the {@code ETag} it read.
 * The exact current version is required; {@code *} is not accepted because it would defeat the check.
 * A weak tag ({@code W/"3"}) and an unquoted version ({@code 3}) are accepted as well, as are lists of tags.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /**
     * @throws PreconditionRequiredException 428 when the header is missing or blank
     * @throws PreconditionFailedException   412 when no tag in it names {@code currentVersion}
     */
    public static void require(String ifMatchHeader, long currentVersion) {
        if (ifMatchHeader == null || ifMatchHeader.isBlank()) {
            throw new PreconditionRequiredException("This request needs an If-Match header with the resource's current ETag");
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatchHeader.split(",")) {
            if (current.equals(versionOf(tag))) {
                return;
            }
        }
        throw new PreconditionFailedException("The resource has changed: its current ETag is " + ETags.of(currentVersion)
                + ", If-Match was " + ifMatchHeader.trim());
    }

    private static String versionOf(String tag) {
        String value = tag.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
