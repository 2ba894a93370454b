package dk.kk.boligsocial.kit.api;

import java.util.List;
import java.util.Map;

/**
 * An error a service reports on purpose; the service kit turns it into a {@link Problem} with this status.
 * The message is the {@code detail} and is shown to the client, so it must not contain internals.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient Map<String, Object> extensions;

    public ProblemException(int status, String type, String title, String detail,
                            List<FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, null, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, detail(), instance, errors, extensions);
    }
}
