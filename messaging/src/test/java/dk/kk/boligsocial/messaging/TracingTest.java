package dk.kk.boligsocial.messaging;

import dk.kk.boligsocial.events.CloudEventHeaders;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.Topics;
import dk.kk.boligsocial.kafka.LocalKafkaTestResource;
import dk.kk.boligsocial.messaging.outbox.AnyTypeOutbox;
import dk.kk.boligsocial.messaging.tracing.SpansStayInProcess;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trace context from the span that writes an event into the event's traceparent header; nothing exported by default. */
@QuarkusTest
@WithTestResource(PostgresTestResource.AdminLogin.class)
@WithTestResource(value = LocalKafkaTestResource.class,
        initArgs = @ResourceArg(name = LocalKafkaTestResource.TOPICS, value = TestKafka.TOPICS))
class TracingTest {

    @Inject
    AnyTypeOutbox outbox;
    @Inject
    OpenTelemetry openTelemetry;
    @Inject
    @Any
    Instance<SpanExporter> exporters;
    @Inject
    @Any
    Instance<SpanProcessor> processors;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** What an HTTP request's server span does: the events its transaction writes carry it. */
    @Test
    void anEventWrittenInsideASpanCarriesThatSpanAsItsTraceparent() {
        String aggregateId = "traced-" + UUID.randomUUID();
        Span request = openTelemetry.getTracer("test").spanBuilder("POST /v1/plans/{id}/prequalification")
                .setSpanKind(SpanKind.SERVER).startSpan();
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS)) {
            try (Scope ignored = request.makeCurrent()) {
                QuarkusTransaction.requiringNew().run(() -> outbox.publish("plan", aggregateId,
                        EventType.PLAN_SUBMITTED.type(), Map.of("planId", aggregateId)));
            } finally {
                request.end();
            }
            List<ConsumerRecord<String, String>> records = OutboxRelayTest.onlyKey(reader.readUntil(Duration.ofSeconds(10),
                    received -> !OutboxRelayTest.onlyKey(received, aggregateId).isEmpty()), aggregateId);

            assertEquals(1, records.size());
            SpanContext span = request.getSpanContext();
            assertEquals("00-" + span.getTraceId() + "-" + span.getSpanId() + "-01",
                    TopicReader.header(records.get(0), CloudEventHeaders.TRACEPARENT));
        }
    }

    /** Without an OTLP endpoint no span leaves the process: quarkus-opentelemetry's OTLP exporter is never built. */
    @Test
    void spansStayInTheProcessWithoutAnOtlpEndpoint() {
        assertTrue(exporters.isResolvable());
        assertTrue(exporters.get() instanceof SpansStayInProcess, "the only exporter keeps spans in the process");
        for (SpanProcessor processor : processors) {
            assertFalse(processor instanceof LateBoundSpanProcessor
                            && !(processor instanceof RemoveableLateBoundSpanProcessor),
                    "no OTLP span processor: " + processor);
        }
    }
}
