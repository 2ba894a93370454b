package dk.kk.boligsocial.plans.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Reads a body the client may leave out entirely (no Content-Type either), such as the note on an activation:
 * JAX-RS would answer such a request 415, so the resource takes the text and this reads it with the
 * application's strict JSON settings and validates it like any other body.
 */
@ApplicationScoped
public class OptionalBodyReader {

    private final ObjectMapper json;
    private final Validator validator;

    public OptionalBodyReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * @param whenAbsent what an empty or missing body means
     * @throws JsonProcessingException for broken JSON; answered 400 naming the field by the kit's mapper
     */
    public <T> T read(String body, Class<T> type, T whenAbsent) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return whenAbsent;
        }
        T value = json.readValue(body, type);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
