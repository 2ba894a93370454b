package dk.kk.boligsocial.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.kit.api.Problem;
import dk.kk.boligsocial.kit.api.ProblemTypes;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vert.x routes around the JAX-RS application: the correlation id for every request (also for {@code /q/*} and for
 * requests JAX-RS never sees), problem+json 414, 431 and 400 for request lines and headers that break
 * {@link RequestTargetRules}, a problem+json 413 for a declared body above {@code quarkus.http.limits.max-body-size},
 * and a problem+json 404 for paths no route serves.
 */
@ApplicationScoped
public class HttpRoutes {

    /** A caller's id is only taken if it cannot smuggle anything into logs or headers. */
    private static final Pattern ACCEPTED_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ObjectMapper objectMapper;
    private final Optional<MemorySize> maxBodySize;
    private final BodyHandler bodies;

    public HttpRoutes(ObjectMapper objectMapper,
                      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.objectMapper = objectMapper;
        this.maxBodySize = maxBodySize;
        this.bodies = BodyHandler.create(false).setBodyLimit(maxBodySize.map(MemorySize::asLongValue).orElse(-1L));
    }

    /**
     * The screen runs before Quarkus' own body-size check (order {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}),
     * which would answer 413 without a body. A chunked body without Content-Length is only found too large while
     * it is read; that 413 reaches JAX-RS and {@link WebApplicationExceptionMapper}.
     */
    void register(@Observes Router router) {
        // one route, not three: every route the router passes costs a match and a dispatch on every request
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER).handler(this::screen);
        router.route().last().handler(this::notFound);
    }

    /** Correlates the request, then answers it at once if its target, headers or declared size break the rules. */
    private void screen(RoutingContext context) {
        correlate(context);
        HttpServerRequest request = context.request();
        Optional<Problem> problem = RequestTargetRules.check(request.uri(), request.path(), request.query(),
                request.headers());
        if (problem.isEmpty()) {
            problem = tooLarge(request);
        }
        if (problem.isPresent()) {
            // a body the route will not read makes the connection unusable for the next request (as Quarkus' own
            // body-size check does)
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(context, problem.get());
            return;
        }
        if (declaresBody(request)) {
            // Read here, on the event loop, in full (its size is declared and within the limit). Otherwise the
            // resource's worker thread reads it, waiting on the event loop for each chunk: under load that hand-over
            // was most of the time of a POST. JAX-RS then reads the buffered body (RoutingContext.body()).
            bodies.handle(context);
            return;
        }
        context.next();
    }

    /**
     * HTTP/1.x only: RESTEasy Reactive pauses every request it starts, and an HTTP/2 request whose body was read
     * refuses to be paused (an IllegalStateException, answered 500); HTTP/2 bodies are read by the resource as before.
     */
    private static boolean declaresBody(HttpServerRequest request) {
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return contentLength != null && !contentLength.equals("0") && request.version() != HttpVersion.HTTP_2;
    }

    private Optional<Problem> tooLarge(HttpServerRequest request) {
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null && maxBodySize.isPresent() && exceeds(contentLength, maxBodySize.get().asLongValue())) {
            return Optional.of(PayloadTooLarge.problem(request.path()));
        }
        return Optional.empty();
    }

    private static boolean exceeds(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException malformed) {
            return false;
        }
    }

    private static void correlate(RoutingContext context) {
        String given = context.request().getHeader(CorrelationId.HEADER);
        String id = given != null && ACCEPTED_CORRELATION_ID.matcher(given).matches() ? given : CorrelationId.fresh();
        context.put(CorrelationId.ROUTING_CONTEXT_KEY, id);
        MDC.put(CorrelationId.MDC_KEY, id);
        context.response().putHeader(CorrelationId.HEADER, id);
    }

    private void notFound(RoutingContext context) {
        String path = context.request().path();
        Problem problem = new Problem(ProblemTypes.NOT_FOUND, "Resource not found", 404, "There is no resource at " + path, path);
        write(context, problem);
    }

    void write(RoutingContext context, Problem problem) {
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
