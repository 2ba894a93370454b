package dk.kk.boligsocial.messaging;

import com.sun.net.httpserver.HttpServer;
import dk.kk.boligsocial.kafka.LocalKafkaTestResource;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** An OTLP endpoint given at run time switches the export on: spans reach the collector it names. */
@QuarkusTest
@TestProfile(OtlpExportTest.WithCollector.class)
@WithTestResource(PostgresTestResource.AdminLogin.class)
@WithTestResource(value = LocalKafkaTestResource.class,
        initArgs = @ResourceArg(name = LocalKafkaTestResource.TOPICS, value = TestKafka.TOPICS))
class OtlpExportTest {

    /** A collector that keeps the bodies of the OTLP/HTTP requests it receives. */
    static final class Collector {
        static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
        static HttpServer server;

        static synchronized int port() {
            if (server == null) {
                try {
                    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                server.createContext("/v1/traces", exchange -> {
                    // protobuf: span names are plain UTF-8 inside it
                    RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
                server.start();
            }
            return server.getAddress().getPort();
        }
    }

    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:" + Collector.port(),
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    @Inject
    OpenTelemetry openTelemetry;

    @Test
    void spansReachTheConfiguredCollector() {
        String name = "exported-" + UUID.randomUUID();
        Span span = openTelemetry.getTracer("test").spanBuilder(name).startSpan();
        span.end();
        Await.until(Duration.ofSeconds(30), "the span at the collector",
                () -> Collector.RECEIVED.stream().anyMatch(body -> body.contains(name)));
    }
}
