package dk.kk.boligsocial.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Request bodies Jackson cannot read: malformed JSON, wrong types, unknown enum values and unknown properties all
 * answer 400 naming the field. {@link MismatchedInputException} is mapped on its own because Quarkus REST has a
 * built-in mapper for exactly that type, which would otherwise win over a mapper for the supertype.
 * Quarkus REST wraps parse errors in a {@code WebApplicationException}; {@link WebApplicationExceptionMapper} unwraps them.
 */
public class JsonExceptionMapper {

    private final CorrelationId correlationId;

    public JsonExceptionMapper(CorrelationId correlationId) {
        this.correlationId = correlationId;
    }

    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return map(e, request.path(), correlationId.value());
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, HttpServerRequest request) {
        return map(e, request.path(), correlationId.value());
    }

    static Response map(JsonProcessingException e, String instance, String correlationId) {
        return JsonProblems.of(e, instance)
                .map(ProblemResponses::of)
                .orElseGet(() -> UnexpectedErrorMapper.internalError(e, instance, correlationId));
    }
}
