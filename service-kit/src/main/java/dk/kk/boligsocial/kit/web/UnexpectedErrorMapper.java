package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.Problem;
import dk.kk.boligsocial.kit.api.ProblemTypes;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/**
 * Anything no other mapper claims: a 500 that says nothing about the cause. The cause is logged with the correlation
 * id, which the problem repeats so that a report from a client can be matched to the log.
 */
public class UnexpectedErrorMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    private final CorrelationId correlationId;

    public UnexpectedErrorMapper(CorrelationId correlationId) {
        this.correlationId = correlationId;
    }

    @ServerExceptionMapper
    public Response map(Throwable e, HttpServerRequest request) {
        if (request.response().ended()) {
            LOG.debugf("%s after the response to %s was sent: %s", e.getClass().getSimpleName(), request.path(), e.getMessage());
            return null;
        }
        return internalError(e, request.path(), correlationId.value());
    }

    static Response internalError(Throwable e, String instance, String correlationId) {
        LOG.errorf(e, "Unexpected error answering %s (correlation id %s)", instance, correlationId);
        return ProblemResponses.of(new Problem(ProblemTypes.INTERNAL_ERROR, "Internal server error", 500,
                "The request could not be completed because of an error in the service. Quote the correlation id when reporting it.",
                instance, null, Map.of("correlationId", correlationId)));
    }
}
