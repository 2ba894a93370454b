package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.Problem;
import dk.kk.boligsocial.kit.api.ProblemTypes;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures of request parameters and bodies: 400 with one {@link FieldError} per violation.
 * A violated constraint on a return value is the service's own bug and answers 500.
 */
public class ValidationExceptionMapper {

    private final CorrelationId correlationId;

    public ValidationExceptionMapper(CorrelationId correlationId) {
        this.correlationId = correlationId;
    }

    @ServerExceptionMapper
    public Response map(ConstraintViolationException e, HttpServerRequest request) {
        if (e.getConstraintViolations().stream().anyMatch(FieldPaths::isReturnValue)) {
            return UnexpectedErrorMapper.internalError(e, request.path(), correlationId.value());
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ValidationExceptionMapper::toFieldError)
                .sorted(Comparator.comparing((FieldError error) -> error.field() == null ? "" : error.field())
                        .thenComparing(FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return ProblemResponses.of(new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, detail, request.path(),
                errors, null));
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        return new FieldError(FieldPaths.of(violation), violation.getMessage());
    }
}
