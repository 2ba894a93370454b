package dk.kk.boligsocial.plans.api;

import dk.kk.boligsocial.kit.web.Bodies;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Bodies a client may leave out entirely (no Content-Type either), such as the note on an
 * activation: JAX-RS would answer such a request 415, so the text is read here with the
 * application's strict JSON settings and validated like any other body.
 */
@ApplicationScoped
public class OptionalBodies {

    private final ObjectMapper json;
    private final Validator validator;

    public OptionalBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @throws JsonProcessingException for broken JSON; answered 400 naming the field by the kit's mapper */
    public <T> T optional(String body, Class<T> type) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return null;
        }
        T value = json.readValue(body, type);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
