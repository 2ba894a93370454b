package dk.kk.boligsocial.kit.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import org.jboss.logging.MDC;

import java.util.UUID;

/**
 * The correlation id of the current request: the caller's {@code X-Correlation-Id}, or a new UUID. It is returned as
 * a response header, written to the log MDC under {@code correlationId} and stored with audit records.
 * Outside an HTTP request (e.g. an event consumer that activated a request context) it is the MDC's value, or a new UUID.
 */
@RequestScoped
public class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    static final String ROUTING_CONTEXT_KEY = "boligsocial.correlation-id";

    private final String value;

    public CorrelationId(CurrentVertxRequest currentRequest) {
        this.value = resolve(currentRequest.getCurrent());
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String resolve(RoutingContext context) {
        if (context != null && context.get(ROUTING_CONTEXT_KEY) instanceof String fromRequest) {
            return fromRequest;
        }
        if (MDC.get(MDC_KEY) instanceof String fromLog) {
            return fromLog;
        }
        return UUID.randomUUID().toString();
    }
}
