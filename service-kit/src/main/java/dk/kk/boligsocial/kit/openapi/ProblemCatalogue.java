package dk.kk.boligsocial.kit.openapi;

import dk.kk.boligsocial.kit.api.ProblemTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem type each error status of the contracts stands for, with the title the services send, so that an error
 * answer declared without an example still shows clients a problem as it really comes. The list of every type is in
 * docs/api-guide.md ("Problem types"); ProblemCatalogueTest keeps the two in step.
 */
final class ProblemCatalogue {

    record Entry(String type, String title, String detail) {
    }

    private static final Map<Integer, Entry> BY_STATUS = Map.ofEntries(
            Map.entry(400, new Entry(ProblemTypes.VALIDATION, "Invalid request", "1 invalid field")),
            Map.entry(401, new Entry(ProblemTypes.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required")),
            Map.entry(403, new Entry(ProblemTypes.FORBIDDEN, "Forbidden", "Your roles do not allow this operation")),
            Map.entry(404, new Entry(ProblemTypes.NOT_FOUND, "Resource not found",
                    "plan 7d4c0f5e-2f7a-4c1e-9a35-6b1f0c2d9e11 does not exist")),
            Map.entry(409, new Entry(ProblemTypes.CONFLICT, "Conflict", "The resource's state does not allow this")),
            Map.entry(412, new Entry(ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                    "If-Match \"2\" is stale; the current version is \"3\"")),
            Map.entry(413, new Entry(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                    "The request body exceeds 262144 bytes")),
            Map.entry(415, new Entry(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send the body as application/json")),
            Map.entry(422, new Entry(ProblemTypes.UNPROCESSABLE, "Unprocessable request",
                    "The request is well-formed but breaks a rule of the domain")),
            Map.entry(428, new Entry(ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
                    "If-Match is required; read the resource for its ETag")),
            Map.entry(500, new Entry(ProblemTypes.INTERNAL_ERROR, "Internal server error",
                    "Unexpected error; quote the correlationId when reporting it")));

    private ProblemCatalogue() {
    }

    static String exampleName(int status) {
        Entry entry = BY_STATUS.get(status);
        return entry == null ? "problem" : entry.type().substring(entry.type().lastIndexOf('/') + 1);
    }

    static Map<String, Object> example(int status, String path) {
        Entry entry = BY_STATUS.getOrDefault(status, new Entry(ProblemTypes.BLANK, "Error", null));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", entry.type());
        problem.put("title", entry.title());
        problem.put("status", status);
        if (entry.detail() != null) {
            problem.put("detail", entry.detail());
        }
        problem.put("instance", path);
        if (status == 400) {
            problem.put("errors", List.of(Map.of("field", "title", "message", "must not be blank")));
        }
        if (status == 500) {
            problem.put("correlationId", "5f0c7e2a-1b3d-4e6f-9a8b-7c6d5e4f3a2b");
        }
        return problem;
    }
}
