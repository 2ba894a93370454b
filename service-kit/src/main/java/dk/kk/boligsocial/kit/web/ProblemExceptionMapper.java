package dk.kk.boligsocial.kit.web;

import dk.kk.boligsocial.kit.api.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors the services raise on purpose ({@link ProblemException} and its subclasses). */
public class ProblemExceptionMapper {

    @ServerExceptionMapper
    public Response map(ProblemException e, HttpServerRequest request) {
        return ProblemResponses.of(e.toProblem(request.path()));
    }
}
