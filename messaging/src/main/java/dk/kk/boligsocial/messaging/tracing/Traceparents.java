package dk.kk.boligsocial.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.List;

/**
 * The W3C {@code traceparent} header of events: what an event written now carries ({@link #ofCurrentSpan}), and the
 * span a consumed event names as the parent of its effect ({@link #parentOf}). The span current on the thread is the
 * HTTP request's server span (quarkus-opentelemetry continues a request's {@code traceparent} header or starts a
 * trace) or the span of a consumed event ({@link dk.kk.boligsocial.messaging.consumer.IdempotentConsumer}), so an
 * event carries the trace of whatever caused it, across services.
 */
public final class Traceparents {

    /** Version 00 of the W3C header: version, trace id, parent (span) id, flags. */
    private static final String VERSION = "00";
    private static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<String> HEADER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String traceparent, String key) {
            return TRACEPARENT.equals(key) ? traceparent : null;
        }
    };

    private Traceparents() {
    }

    /**
     * The {@code traceparent} naming the span current on this thread as parent, or {@code null} when there is none
     * (the relay's own thread, a scheduled job, a service with the SDK disabled).
     */
    public static String ofCurrentSpan() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        // formatted here rather than through the propagator: no carrier map per event, and the same 55 characters
        return VERSION + '-' + span.getTraceId() + '-' + span.getSpanId() + '-' + span.getTraceFlags().asHex();
    }

    /**
     * The context whose span a consumed event's {@code traceparent} names; the root context (a new trace) when the
     * header is missing or not a valid W3C trace context. Never the context of the consuming thread, so nothing left
     * current there can become the parent by accident.
     */
    public static Context parentOf(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, HEADER);
    }
}
