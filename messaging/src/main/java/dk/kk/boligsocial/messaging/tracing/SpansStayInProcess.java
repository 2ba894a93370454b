package dk.kk.boligsocial.messaging.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * Keeps spans in the process unless an OTLP endpoint is configured: tracing then only carries trace context (HTTP
 * {@code traceparent} into the events and on to the consumers' effects), and no service ever connects to a collector.
 *
 * <p>quarkus-opentelemetry's OTLP exporter is chosen at build time and would otherwise export to its default
 * endpoint, {@value #QUARKUS_DEFAULT_ENDPOINT}. It stands back when the application offers a {@link SpanExporter} of
 * its own; this one is offered only while {@code quarkus.otel.exporter.otlp.traces.endpoint} (which falls back to
 * {@code quarkus.otel.exporter.otlp.endpoint}, and that to the default) is still that default. So setting either at
 * run time, e.g. {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=http://collector:4317}, switches the OTLP export on
 * without a rebuild. (A collector on this very address is named without the slash: {@code http://localhost:4317}.)
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = SpansStayInProcess.QUARKUS_DEFAULT_ENDPOINT,
        lookupIfMissing = true)
public class SpansStayInProcess implements SpanExporter {

    /** quarkus-opentelemetry's default endpoint, which it also treats as "none configured" (OTelExporterRecorder). */
    static final String QUARKUS_DEFAULT_ENDPOINT = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
