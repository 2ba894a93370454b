package dk.kk.boligsocial.messaging;

import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.Topics;
import dk.kk.boligsocial.kafka.InjectLocalKafka;
import dk.kk.boligsocial.kafka.LocalKafka;
import dk.kk.boligsocial.kafka.LocalKafkaTestResource;
import dk.kk.boligsocial.messaging.health.OutboxBacklog;
import dk.kk.boligsocial.messaging.health.OutboxReadinessCheck;
import dk.kk.boligsocial.messaging.outbox.AnyTypeOutbox;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresTestResource.AdminLogin.class)
@WithTestResource(value = LocalKafkaTestResource.class,
        initArgs = @ResourceArg(name = LocalKafkaTestResource.TOPICS, value = TestKafka.TOPICS))
class RelayBrokerOutageTest {

    @InjectLocalKafka
    LocalKafka kafka;
    @Inject
    AnyTypeOutbox outbox;
    @Inject
    TestDatabase db;
    @Inject
    OutboxBacklog backlog;
    @Inject
    @Readiness
    OutboxReadinessCheck readiness;
    @Inject
    MeterRegistry meters;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void decisionsCommitWhileTheBrokerIsDownAndEveryEventArrivesAfterItsReturn() throws Exception {
        String prefix = "outage-" + UUID.randomUUID() + "-";
        Map<UUID, Long> seqById = new HashMap<>();
        Await.until(Duration.ofSeconds(15), "ready before the outage", () -> readiness.call().getStatus() == HealthCheckResponse.Status.UP);
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS)) {
            kafka.stop();
            try {
                long slowestCommitNanos = 0;
                for (int n = 0; n < 30; n++) {
                    String aggregateId = prefix + (n % 3);
                    int number = n;
                    long start = System.nanoTime();
                    QuarkusTransaction.requiringNew().run(() -> {
                        UUID id = outbox.publish("plan", aggregateId, EventType.PLAN_APPROVED.type(),
                                Map.of("planId", aggregateId, "n", number));
                        seqById.put(id, db.seqOf(id));
                    });
                    slowestCommitNanos = Math.max(slowestCommitNanos, System.nanoTime() - start);
                }
                System.out.printf("broker down: slowest of 30 publishing transactions took %d ms%n",
                        TimeUnit.NANOSECONDS.toMillis(slowestCommitNanos));
                assertTrue(slowestCommitNanos < TimeUnit.SECONDS.toNanos(1), "commits do not wait for the broker");

                assertTrue(backlog.measure().unsent() >= 30, "events wait in the outbox");
                HealthCheckResponse down = Await.until(Duration.ofSeconds(20), "readiness DOWN",
                        readiness::call, response -> response.getStatus() == HealthCheckResponse.Status.DOWN);
                Map<String, Object> data = down.getData().orElseThrow();
                System.out.println("readiness while the broker is down: " + data);
                assertTrue((Long) data.get("backlog") >= 30);
                assertTrue(data.get("reason").toString().contains("broker"), data.toString());
                assertTrue(meters.get("boligsocial.outbox.backlog").gauge().value() >= 30);
            } finally {
                kafka.restart();
            }
            List<ConsumerRecord<String, String>> records = reader.readUntil(Duration.ofSeconds(60),
                    received -> OutboxRelayTest.distinctIds(received, prefix) == 30);
            SeqOrder.assertInSeqOrder(OutboxRelayTest.onlyPrefix(records, prefix), seqById);
        }
        Await.until(Duration.ofSeconds(10), "outbox drained", () -> db.unsentOf(prefix) == 0);
        HealthCheckResponse up = Await.until(Duration.ofSeconds(20), "readiness UP again",
                readiness::call, response -> response.getStatus() == HealthCheckResponse.Status.UP);
        assertEquals(0L, up.getData().orElseThrow().get("backlog"));
    }
}
