package dk.kk.boligsocial.kit.api;

/**
 * The {@code type} URIs of the problems the services answer with. They identify the kind of problem; they are
 * names, not links that must resolve. Statuses without a more specific meaning use {@code about:blank} (RFC 9457).
 */
public final class ProblemTypes {

    public static final String BASE = "https://boligsocial.kk.dk/problems/";

    public static final String VALIDATION = BASE + "validation";
    public static final String MALFORMED_JSON = BASE + "malformed-json";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String CONFLICT = BASE + "conflict";
    public static final String PRECONDITION_FAILED = BASE + "precondition-failed";
    public static final String PRECONDITION_REQUIRED = BASE + "precondition-required";
    public static final String UNPROCESSABLE = BASE + "unprocessable";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
    public static final String URI_TOO_LONG = BASE + "uri-too-long";
    public static final String HEADERS_TOO_LARGE = BASE + "headers-too-large";
    public static final String INTERNAL_ERROR = BASE + "internal-error";
    public static final String BLANK = "about:blank";

    /** Every type above, in the order docs/api-guide.md lists them (its "Problem types" section). */
    public static final java.util.List<String> ALL = java.util.List.of(VALIDATION, MALFORMED_JSON, NOT_FOUND, CONFLICT,
            PRECONDITION_FAILED, PRECONDITION_REQUIRED, UNPROCESSABLE, UNAUTHORIZED, FORBIDDEN, METHOD_NOT_ALLOWED,
            UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE, PAYLOAD_TOO_LARGE, URI_TOO_LONG, HEADERS_TOO_LARGE, INTERNAL_ERROR,
            BLANK);

    private ProblemTypes() {
    }
}
