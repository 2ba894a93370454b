package dk.kk.boligsocial.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.kk.boligsocial.kit.api.Problem;
import dk.kk.boligsocial.kit.api.ProblemTypes;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Errors JAX-RS itself raises (unknown resource, method not allowed, unsupported or unacceptable media type, ...)
 * and any {@link WebApplicationException} a service throws: a problem with the exception's status. The exception's
 * message and entity are not shown; they may carry internals.
 */
public class WebApplicationExceptionMapper {

    /** Headers of the original response that still mean something on the problem response. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

    private final CorrelationId correlationId;

    public WebApplicationExceptionMapper(CorrelationId correlationId) {
        this.correlationId = correlationId;
    }

    @ServerExceptionMapper
    public Response map(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return JsonExceptionMapper.map(json, request.path(), correlationId.value());
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedErrorMapper.internalError(e, request.path(), correlationId.value());
        }
        Response.ResponseBuilder response = ProblemResponses.builder(problem(status, request));
        for (String header : KEPT_HEADERS) {
            Object value = e.getResponse().getHeaders().getFirst(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    private static Problem problem(int status, HttpServerRequest request) {
        String path = request.path();
        return switch (status) {
            case 400 -> new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, "The request is not valid", path);
            case 401 -> new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                    "A valid bearer token is required", path);
            case 403 -> new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                    "The caller's roles do not allow this request", path);
            case 404 -> new Problem(ProblemTypes.NOT_FOUND, "Resource not found", 404, "There is no resource at " + path, path);
            case 405 -> new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", 405,
                    "Method " + request.method().name() + " is not allowed on " + path, path);
            case 406 -> new Problem(ProblemTypes.NOT_ACCEPTABLE, "Not acceptable", 406,
                    "None of the media types in the Accept header can be produced", path);
            case 413 -> PayloadTooLarge.problem(path);
            case 415 -> new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                    "The request's Content-Type is not supported here", path);
            default -> new Problem(ProblemTypes.BLANK, ProblemResponses.reasonPhrase(status), status, null, path);
        };
    }
}
