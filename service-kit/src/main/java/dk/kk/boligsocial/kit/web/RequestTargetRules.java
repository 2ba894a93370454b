package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.Problem;
import dk.kk.boligsocial.kit.api.ProblemTypes;
import dk.kk.boligsocial.kit.api.SafeText;
import io.vertx.core.MultiMap;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every request line and header block must satisfy before a route looks at it: a request target of at most
 * {@value #MAX_TARGET_LENGTH} characters (414), headers of at most {@value #MAX_HEADER_BYTES} bytes (431), and a path
 * and query that decode to text without control characters (400). The HTTP codec's own limits are set well above these
 * ({@code quarkus.http.limits.*} in the kit's defaults), so that these answers, with a problem body, are the ones
 * callers meet; only a request beyond the codec's limits still gets the codec's bare answer.
 */
final class RequestTargetRules {

    static final int MAX_TARGET_LENGTH = 8 * 1024;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private RequestTargetRules() {
    }

    /** The problem with the request line or headers, if there is one. */
    static Optional<Problem> check(String uri, String path, String query, MultiMap headers) {
        if (uri.length() > MAX_TARGET_LENGTH) {
            return Optional.of(new Problem(ProblemTypes.URI_TOO_LONG, "URI too long", 414,
                    "The request target is longer than " + MAX_TARGET_LENGTH + " characters", path(path)));
        }
        if (headerBytes(headers) > MAX_HEADER_BYTES) {
            return Optional.of(new Problem(ProblemTypes.HEADERS_TOO_LARGE, "Request header fields too large", 431,
                    "The request's headers are larger than " + MAX_HEADER_BYTES + " bytes", path(path)));
        }
        Optional<String> decodedPath = decoded(path);
        if (decodedPath.isEmpty() || !SafeText.isSafeToken(decodedPath.get())) {
            return Optional.of(invalid(path, null,
                    "The path must be well-formed percent-encoded UTF-8 without control characters"));
        }
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                Optional<String> decodedName = decodedQuery(name);
                Optional<String> value = decodedQuery(equals < 0 ? "" : pair.substring(equals + 1));
                if (decodedName.isEmpty() || value.isEmpty() || !SafeText.isSafeToken(decodedName.get())
                        || !SafeText.isSafeToken(value.get())) {
                    String field = decodedName.filter(SafeText::isSafeToken).filter(n -> n.length() <= 100).orElse(null);
                    return Optional.of(invalid(path, field,
                            "Query parameters must be well-formed percent-encoded UTF-8 without control characters"));
                }
            }
        }
        return Optional.empty();
    }

    private static Problem invalid(String path, String field, String detail) {
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, "must not contain control characters"));
        return new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, detail, path(path), errors, Map.of());
    }

    /** The instance of the problem: the path as sent when it is printable, otherwise nothing of it. */
    private static String path(String path) {
        return path != null && path.length() <= 2048 && SafeText.isSafeToken(path) ? path : null;
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** A path decoded as Vert.x routes it: a plus sign is itself, a malformed escape is no path at all. */
    private static Optional<String> decoded(String raw) {
        return raw == null ? Optional.of("") : decodedQuery(raw.replace("+", "%2B"));
    }

    private static Optional<String> decodedQuery(String raw) {
        try {
            return Optional.of(URLDecoder.decode(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
