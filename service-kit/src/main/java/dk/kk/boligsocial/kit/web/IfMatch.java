package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.ExpectedVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Optimistic concurrency for updates and decisions: the client sends back the {@code ETag} it read. Resources parse
 * the header into an {@link ExpectedVersion} and hand that to the use case, which checks it against the row it
 * locked. The exact current version is required; {@code *} is not accepted because it would defeat the check.
 * A weak tag ({@code W/"3"}) and an unquoted version ({@code 3}) are accepted as well, as are lists of tags.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** The versions the header names; {@link ExpectedVersion#NONE} when it is missing or blank. */
    public static ExpectedVersion parse(String ifMatchHeader) {
        if (ifMatchHeader == null || ifMatchHeader.isBlank()) {
            return ExpectedVersion.NONE;
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : ifMatchHeader.split(",")) {
            String version = versionOf(tag);
            if (!version.isEmpty() && version.length() <= 18 && version.chars().allMatch(Character::isDigit)) {
                versions.add(Long.parseLong(version));
            }
        }
        return new ExpectedVersion(versions, ifMatchHeader);
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
