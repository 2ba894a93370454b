package dk.kk.boligsocial.kit.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
        return fresh();
    }

    /**
     * A new correlation id: a random (version 4) UUID from {@link ThreadLocalRandom}. It only has to be unique enough
     * to find one request's lines in the logs, not unguessable; {@link UUID#randomUUID()} draws from one shared,
     * locked SecureRandom, which every request of every thread then waits for.
     */
    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
