package dk.kk.boligsocial.plans.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;

/**
 * Reads a body the client may leave out entirely (no Content-Type either), such as the note on an activation:
 * JAX-RS would answer such a request 415, so the resource takes the text and this reads it with the
 * application's strict JSON settings and validates it like any other body. A body that is there must be declared as
 * JSON (or not declared at all) and be a JSON object.
 */
@ApplicationScoped
public class OptionalBodyReader {

    private final ObjectMapper json;
    private final Validator validator;
    private final CurrentVertxRequest request;

    public OptionalBodyReader(ObjectMapper json, Validator validator, CurrentVertxRequest request) {
        this.json = json;
        this.validator = validator;
        this.request = request;
    }

    /**
     * @param whenAbsent what an empty or missing body means
     * @throws JsonProcessingException for broken JSON; answered 400 naming the field by the kit's mapper
     * @throws NotSupportedException (415) for a body that is not declared as JSON
     */
    public <T> T read(String body, Class<T> type, T whenAbsent) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return whenAbsent;
        }
        if (!declaredAsJson()) {
            throw new NotSupportedException();
        }
        T value = json.readValue(body, type);
        if (value == null) {
            throw new InvalidInputException(List.of(new FieldError("", "must be a JSON object, or left out")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    private boolean declaredAsJson() {
        String contentType = request.getCurrent().request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return true;
        }
        try {
            MediaType media = MediaType.valueOf(contentType);
            return media.isCompatible(MediaType.APPLICATION_JSON_TYPE) || media.isWildcardType();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
