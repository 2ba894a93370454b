package dk.kk.boligsocial.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.events.CloudEventHeaders;
import dk.kk.boligsocial.events.EventType;
import dk.kk.boligsocial.events.Topics;
import dk.kk.boligsocial.kafka.LocalKafkaTestResource;
import dk.kk.boligsocial.messaging.kafka.KafkaClients;
import dk.kk.boligsocial.messaging.consumer.EventBoundaryRounds;
import dk.kk.boligsocial.messaging.outbox.AnyTypeOutbox;
import dk.kk.boligsocial.messaging.outbox.Outbox;
import dk.kk.boligsocial.messaging.relay.BatchResult;
import dk.kk.boligsocial.messaging.relay.OutboxBatchRelay;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresTestResource.AdminLogin.class)
@WithTestResource(value = LocalKafkaTestResource.class,
        initArgs = @ResourceArg(name = LocalKafkaTestResource.TOPICS, value = TestKafka.TOPICS))
class OutboxRelayTest {

    static final String TYPE = EventType.PLAN_SUBMITTED.type();

    @Inject
    AnyTypeOutbox outbox;
    @Inject
    Outbox records;
    @Inject
    TestDatabase db;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    KafkaClients kafkaClients;
    @Inject
    MeterRegistry meters;
    @Inject
    ObjectMapper objectMapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void committedEventIsPublishedRightAfterCommitAsCloudEvent() throws Exception {
        String aggregateId = "plan-" + UUID.randomUUID();
        double sentBefore = meters.get("boligsocial.outbox.sent").counter().count();
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS)) {
            UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish("plan", aggregateId, TYPE,
                    Map.of("planId", aggregateId, "title", "Helhedsplan Mjølnerparken")));
            long committedAt = System.nanoTime();
            Instant committedInstant = Instant.now();

            List<ConsumerRecord<String, String>> records = reader.readUntil(Duration.ofSeconds(5),
                    received -> received.stream().anyMatch(r -> aggregateId.equals(r.key())));
            long observedAt = System.nanoTime();
            List<ConsumerRecord<String, String>> ours = onlyKey(reader.readFor(Duration.ofMillis(500)), aggregateId);
            assertEquals(1, ours.size(), "exactly one record for the aggregate, got " + records.size() + " in total");
            ConsumerRecord<String, String> record = ours.get(0);
            System.out.printf("commit -> record consumed: %d ms; commit -> producer send: %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(observedAt - committedAt),
                    record.timestamp() - committedInstant.toEpochMilli());

            assertEquals(aggregateId, record.key());
            assertEquals("1.0", TopicReader.header(record, CloudEventHeaders.CE_SPECVERSION));
            assertEquals(id.toString(), TopicReader.header(record, CloudEventHeaders.CE_ID));
            assertEquals(TYPE, TopicReader.header(record, CloudEventHeaders.CE_TYPE));
            assertEquals("/messaging-test", TopicReader.header(record, CloudEventHeaders.CE_SOURCE));
            assertEquals(aggregateId, TopicReader.header(record, CloudEventHeaders.CE_SUBJECT));
            assertEquals("application/json", TopicReader.header(record, CloudEventHeaders.CONTENT_TYPE));
            OffsetDateTime time = OffsetDateTime.parse(TopicReader.header(record, CloudEventHeaders.CE_TIME));
            assertTrue(Duration.between(time.toInstant(), Instant.now()).abs().toSeconds() < 60, "ce_time is now");
            assertTrue(TopicReader.header(record, CloudEventHeaders.CE_TIME).endsWith("Z"), "ce_time in UTC");
            assertEquals(null, TopicReader.header(record, CloudEventHeaders.TRACEPARENT));
            assertEquals(Map.of("planId", aggregateId, "title", "Helhedsplan Mjølnerparken"),
                    objectMapper.readValue(record.value(), Map.class));
        }
        Await.until(Duration.ofSeconds(5), "sent row deleted", () -> db.unsentOf(aggregateId) == 0);
        Await.until(Duration.ofSeconds(5), "sent counter incremented",
                () -> meters.get("boligsocial.outbox.sent").counter().count() >= sentBefore + 1);
    }

    /** A round's events are keyed by its text id: Kafka key and ce_subject, in order like a plan's. */
    @Test
    void aRoundEventIsKeyedByTheRoundsTextIdAndAPlanIdIsRefusedForIt() throws Exception {
        var opened = EventBoundaryRounds.opened();
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS)) {
            UUID first = QuarkusTransaction.requiringNew().call(() -> records.publish("2015-18", opened));
            UUID second = QuarkusTransaction.requiringNew().call(() -> records.publish("2015-18", opened));
            List<ConsumerRecord<String, String>> received = reader.readUntil(Duration.ofSeconds(5),
                    rs -> onlyKey(rs, "2015-18").size() >= 2);
            List<ConsumerRecord<String, String>> ours = onlyKey(received, "2015-18");
            assertEquals(List.of(first.toString(), second.toString()),
                    ours.stream().map(r -> TopicReader.header(r, CloudEventHeaders.CE_ID)).toList(), "in publication order");
            assertEquals("2015-18", TopicReader.header(ours.get(0), CloudEventHeaders.CE_SUBJECT));
            assertEquals(EventType.ROUND_OPENED.type(), TopicReader.header(ours.get(0), CloudEventHeaders.CE_TYPE));
        }
        IllegalArgumentException byUuid = assertThrows(IllegalArgumentException.class, () ->
                QuarkusTransaction.requiringNew().run(() -> records.publish(UUID.randomUUID(), opened)));
        assertTrue(byUuid.getMessage().contains("round id"), byUuid.getMessage());
        assertThrows(IllegalArgumentException.class, () ->
                QuarkusTransaction.requiringNew().run(() -> records.publish("2015/18", opened)));
        assertEquals(0, db.unsentOf("2015/18"));
    }

    @Test
    void rolledBackTransactionLeavesNeitherRowNorRecord() {
        String aggregateId = "plan-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS)) {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish("plan", aggregateId, TYPE, Map.of("planId", aggregateId, "attempt", "rolled back"));
                assertEquals(1, db.unsentOf(aggregateId), "visible inside its transaction");
                throw new IllegalStateException("business rule violated");
            }));
            assertEquals(0, db.unsentOf(aggregateId));

            // A committed event for the same aggregate afterwards: once it arrived, the relay has
            // certainly had its chance to send anything else of the aggregate.
            UUID marker = QuarkusTransaction.requiringNew().call(() ->
                    outbox.publish("plan", aggregateId, TYPE, Map.of("planId", aggregateId, "attempt", "committed")));
            reader.readUntil(Duration.ofSeconds(10), received -> !onlyKey(received, aggregateId).isEmpty());
            List<ConsumerRecord<String, String>> ours = onlyKey(reader.readFor(Duration.ofMillis(300)), aggregateId);
            assertEquals(1, ours.size());
            assertEquals(marker.toString(), TopicReader.header(ours.get(0), CloudEventHeaders.CE_ID));
        }
    }

    @Test
    void publishingNeedsTheCallersTransactionAndAKnownType() {
        assertThrows(TransactionalException.class,
                () -> outbox.publish("plan", "plan-outside", TYPE, Map.of("planId", "plan-outside")));
        assertThrows(IllegalArgumentException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                outbox.publish("plan", "plan-unknown", "dk.kk.boligsocial.plan.invented.v1", Map.of())));
        assertEquals(0, db.unsentOf("plan-outside") + db.unsentOf("plan-unknown"));
    }

    @Test
    void eventsOfEachAggregateArriveInSeqOrderWhenPublishedConcurrently() throws Exception {
        String prefix = "order-" + UUID.randomUUID() + "-";
        Map<UUID, Long> seqById = new ConcurrentHashMap<>();
        ExecutorService publishers = Executors.newFixedThreadPool(4);
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS)) {
            List<Future<?>> done = new ArrayList<>();
            AtomicInteger counter = new AtomicInteger();
            for (int thread = 0; thread < 4; thread++) {
                done.add(publishers.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        int n = counter.getAndIncrement();
                        String aggregateId = prefix + ThreadLocalRandom.current().nextInt(10);
                        QuarkusTransaction.requiringNew().run(() -> {
                            UUID id = outbox.publish("plan", aggregateId, TYPE, Map.of("planId", aggregateId, "n", n));
                            seqById.put(id, db.seqOf(id));
                            // business work after the event write, as when Hibernate flushes at commit:
                            // gives a later-numbered transaction of the same aggregate the chance to commit first
                            Await.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextInt(20)));
                        });
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
            List<ConsumerRecord<String, String>> records = reader.readUntil(Duration.ofSeconds(30),
                    received -> distinctIds(received, prefix) == 200);
            SeqOrder.assertInSeqOrder(onlyPrefix(records, prefix), seqById);
        } finally {
            publishers.shutdownNow();
        }
    }

    @Test
    void concurrentRelaysOnOneTableNeitherReorderNorLose() throws Exception {
        String prefix = "relays-" + UUID.randomUUID() + "-";
        int extraRelays = 3;
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(extraRelays);
        AtomicInteger sentByExtraRelays = new AtomicInteger();
        ExecutorService relays = Executors.newFixedThreadPool(extraRelays);
        List<Future<?>> running = new ArrayList<>();
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS)) {
            for (int r = 0; r < extraRelays; r++) {
                running.add(relays.submit(() -> {
                    OutboxBatchRelay relay = new OutboxBatchRelay(dataSource, "/messaging-test", 7, Duration.ofSeconds(3));
                    try (Producer<byte[], byte[]> producer = kafkaClients.reliableProducer("test-relay", Duration.ofSeconds(3))) {
                        started.countDown();
                        while (!stop.get()) {
                            BatchResult result = relay.relayBatch(producer);
                            sentByExtraRelays.addAndGet(result.sent());
                            if (result.locked() == 0) {
                                Thread.sleep(2);
                            }
                        }
                    }
                    return null;
                }));
            }
            assertTrue(started.await(30, TimeUnit.SECONDS));
            // One transaction, so that all rows become visible at once and every relay competes for them.
            Map<UUID, Long> seqById = QuarkusTransaction.requiringNew().call(() -> {
                Map<UUID, Long> seqs = new ConcurrentHashMap<>();
                for (int n = 0; n < 200; n++) {
                    String aggregateId = prefix + (n % 10);
                    UUID id = outbox.publish("plan", aggregateId, TYPE, Map.of("planId", aggregateId, "n", n));
                    seqs.put(id, db.seqOf(id));
                }
                return seqs;
            });
            Await.until(Duration.ofSeconds(30), "outbox drained", () -> db.unsentOf(prefix) == 0);
            stop.set(true);
            for (Future<?> relay : running) {
                relay.get(30, TimeUnit.SECONDS);
            }
            List<ConsumerRecord<String, String>> records = reader.readUntil(Duration.ofSeconds(30),
                    received -> distinctIds(received, prefix) == 200);
            System.out.printf("two-relays test: %d of 200 events sent by the %d extra relays, the rest by the application's%n",
                    sentByExtraRelays.get(), extraRelays);
            SeqOrder.assertInSeqOrder(onlyPrefix(records, prefix), seqById);
        } finally {
            stop.set(true);
            relays.shutdown();
            relays.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    static List<ConsumerRecord<String, String>> onlyKey(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    static List<ConsumerRecord<String, String>> onlyPrefix(List<ConsumerRecord<String, String>> records, String prefix) {
        return records.stream().filter(r -> r.key() != null && r.key().startsWith(prefix)).toList();
    }

    static long distinctIds(List<ConsumerRecord<String, String>> records, String prefix) {
        return onlyPrefix(records, prefix).stream()
                .map(r -> TopicReader.header(r, CloudEventHeaders.CE_ID))
                .distinct()
                .count();
    }
}
