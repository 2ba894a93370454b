package dk.kk.boligsocial.messaging;

import dk.kk.boligsocial.events.CloudEventHeaders;
import dk.kk.boligsocial.events.Topics;
import dk.kk.boligsocial.kafka.LocalKafkaTestResource;
import dk.kk.boligsocial.messaging.cloudevents.IncomingEvent;
import dk.kk.boligsocial.messaging.consumer.DeadLetters;
import dk.kk.boligsocial.messaging.consumer.IdempotentConsumer;
import dk.kk.boligsocial.testkit.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(PostgresTestResource.AdminLogin.class)
@WithTestResource(value = LocalKafkaTestResource.class,
        initArgs = @ResourceArg(name = LocalKafkaTestResource.TOPICS, value = TestKafka.TOPICS))
class IdempotentConsumerTest {

    static final String IN = "messaging-test.in";
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    TestConsumer testConsumer;
    @Inject
    TestDatabase db;
    @Inject
    MeterRegistry meters;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEventTakesEffectOncePerConsumer() {
        IncomingEvent event = event(UUID.randomUUID().toString(), "ok");
        assertTrue(consumer.handleOnce("consumer-a", event, testConsumer::apply));
        assertFalse(consumer.handleOnce("consumer-a", event, testConsumer::apply));
        assertEquals(1, effects(event.id()));
        assertEquals(1, db.count("select count(*) from processed_event where event_id = ?", event.id()));

        assertTrue(consumer.handleOnce("consumer-b", event, testConsumer::apply), "another consumer is independent");
        assertEquals(2, effects(event.id()));
    }

    @Test
    void aFailingEffectIsRolledBackTogetherWithItsProcessedRecord() {
        String id = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class,
                () -> consumer.handleOnce("consumer-a", event(id, "fail"), testConsumer::apply));
        assertEquals(0, effects(id), "the effect's own write is rolled back");
        assertEquals(0, db.count("select count(*) from processed_event where event_id = ?", id));

        assertTrue(consumer.handleOnce("consumer-a", event(id, "ok"), testConsumer::apply),
                "a redelivery is not mistaken for a duplicate");
        assertEquals(1, effects(id));
    }

    @Test
    void theEffectRunsInASpanWhoseParentIsTheEventsTraceparentAndItsEventsCarryThatSpan() {
        String subject = "reaction-" + UUID.randomUUID();
        IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(), "dk.kk.boligsocial.test.v1",
                "/upstream", subject, null, TRACEPARENT, "{\"action\":\"publish\",\"note\":\"react\"}");
        AtomicReference<ReadableSpan> effectSpan = new AtomicReference<>();
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS)) {
            assertTrue(consumer.handleOnce("consumer-a", event, received -> {
                effectSpan.set((ReadableSpan) Span.current());
                testConsumer.apply(received);
            }));
            ConsumerRecord<String, String> published = onlyRecordOf(reader, subject);

            SpanContext parent = effectSpan.get().getParentSpanContext();
            assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parent.getTraceId(), "the event's trace goes on");
            assertEquals("00f067aa0ba902b7", parent.getSpanId(), "the effect's span is a child of the event's span");
            assertTrue(parent.isRemote());
            assertEquals(SpanKind.CONSUMER, effectSpan.get().getKind());
            SpanContext span = effectSpan.get().getSpanContext();
            assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-" + span.getSpanId() + "-01",
                    TopicReader.header(published, CloudEventHeaders.TRACEPARENT),
                    "the published event names the effect's span as its parent, in the same trace");
            assertTrue(published.value().contains(event.id()));
        }
    }

    @Test
    void anEventWithoutTraceparentTakesEffectInANewTraceThatItsEventsCarry() {
        String subject = "untraced-" + UUID.randomUUID();
        IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(), "dk.kk.boligsocial.test.v1",
                "/upstream", subject, null, null, "{\"action\":\"publish\",\"note\":\"untraced\"}");
        AtomicReference<ReadableSpan> effectSpan = new AtomicReference<>();
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS)) {
            assertTrue(consumer.handleOnce("consumer-a", event, received -> {
                effectSpan.set((ReadableSpan) Span.current());
                testConsumer.apply(received);
            }));
            ConsumerRecord<String, String> published = onlyRecordOf(reader, subject);

            assertFalse(effectSpan.get().getParentSpanContext().isValid(), "a new trace: the effect's span is its root");
            SpanContext span = effectSpan.get().getSpanContext();
            assertEquals("00-" + span.getTraceId() + "-" + span.getSpanId() + "-01",
                    TopicReader.header(published, CloudEventHeaders.TRACEPARENT));
        }
    }

    /** The real path: a record's traceparent header, through the channel and the effect, onto the event it publishes. */
    @Test
    void aRecordsTraceparentReachesTheEventsItsEffectPublishes() {
        String subject = "channel-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        try (TopicReader reader = TopicReader.fromNow(bootstrapServers, Topics.PLANS);
             KafkaProducer<String, String> producer = producer()) {
            RecordHeaders headers = cloudEvent(id);
            headers.add(CloudEventHeaders.CE_SUBJECT, bytes(subject));
            headers.add(CloudEventHeaders.TRACEPARENT, bytes(TRACEPARENT));
            send(producer, subject, headers, "{\"action\":\"publish\",\"note\":\"traced\"}");

            String traceparent = TopicReader.header(onlyRecordOf(reader, subject), CloudEventHeaders.TRACEPARENT);
            assertNotNull(traceparent);
            String[] fields = traceparent.split("-");
            assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", fields[1], "the record's trace id");
            assertNotEquals("00f067aa0ba902b7", fields[2], "the consumer's own span is the new parent");
            assertEquals("01", fields[3], "sampled, as the record's trace was");
        }
    }

    private ConsumerRecord<String, String> onlyRecordOf(TopicReader reader, String key) {
        List<ConsumerRecord<String, String>> records = OutboxRelayTest.onlyKey(reader.readUntil(Duration.ofSeconds(20),
                received -> !OutboxRelayTest.onlyKey(received, key).isEmpty()), key);
        assertEquals(1, records.size(), "one event published for " + key);
        return records.get(0);
    }

    @Test
    void aRedeliveredRecordOnTheChannelTakesEffectOnce() {
        String key = "dup-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, key, cloudEvent(id), "{\"action\":\"ok\",\"note\":\"twice\"}");
            send(producer, key, cloudEvent(id), "{\"action\":\"ok\",\"note\":\"twice\"}");
            send(producer, key, cloudEvent(marker), "{\"action\":\"ok\",\"note\":\"marker\"}");
        }
        // one key, one partition: once the marker took effect, both copies were handled
        Await.until(Duration.ofSeconds(20), "marker consumed", () -> effects(marker) == 1);
        assertEquals(1, effects(id));
    }

    @Test
    void poisonMessagesAreDeadLetteredWithAReasonAndTheConsumerMovesOn() {
        String key = "poison-" + UUID.randomUUID();
        String notJson = UUID.randomUUID().toString();
        String rejected = UUID.randomUUID().toString();
        String illegal = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.fromNow(bootstrapServers, DeadLetters.topicFor(IN));
             KafkaProducer<String, String> producer = producer()) {
            send(producer, key, cloudEvent(notJson), "this is not {json");
            RecordHeaders noId = cloudEvent("unused");
            noId.remove(CloudEventHeaders.CE_ID);
            send(producer, key, noId, "{\"action\":\"ok\",\"note\":\"no id\"}");
            send(producer, key, cloudEvent(rejected), "{\"action\":\"reject\",\"note\":\"rejected\"}");
            send(producer, key, cloudEvent(illegal), "{\"action\":\"illegal\",\"note\":\"illegal\"}");
            send(producer, key, cloudEvent(good), "{\"action\":\"ok\",\"note\":\"after the poison\"}");

            Await.until(Duration.ofSeconds(20), "the message after the poison consumed", () -> effects(good) == 1);
            List<ConsumerRecord<String, String>> letters = OutboxRelayTest.onlyKey(
                    deadLetters.readUntil(Duration.ofSeconds(10), received -> OutboxRelayTest.onlyKey(received, key).size() >= 4),
                    key);
            assertEquals(4, letters.size(), "every poison message dead-lettered once");
            assertTrue(reason(letters.get(0)).contains("not JSON"), reason(letters.get(0)));
            assertTrue(reason(letters.get(1)).contains("ce_id"), reason(letters.get(1)));
            assertEquals("rejected by the test handler", reason(letters.get(2)));
            assertEquals("unacceptable test event", reason(letters.get(3)));
            for (ConsumerRecord<String, String> letter : letters) {
                assertEquals(IN, TopicReader.header(letter, DeadLetters.ORIGINAL_TOPIC));
                assertNotNull(TopicReader.header(letter, DeadLetters.ORIGINAL_OFFSET));
                assertEquals(TestConsumer.NAME, TopicReader.header(letter, DeadLetters.CONSUMER));
            }
            assertEquals("this is not {json", letters.get(0).value(), "the original value is kept");
            assertEquals(rejected, TopicReader.header(letters.get(2), CloudEventHeaders.CE_ID), "original headers kept");
            assertEquals(0, effects(rejected) + effects(illegal), "effects of dead-lettered events rolled back");
        }
    }

    /** Kafka is a trust boundary: what EventBoundary refuses is dead-lettered, never applied, and the consumer goes on. */
    @Test
    void eventsTheBoundaryRefusesAreDeadLetteredAndTheConsumerMovesOn() {
        String key = "boundary-" + UUID.randomUUID();
        String forged = UUID.randomUUID().toString();
        String longId = "x".repeat(300);
        String nul = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        try (TopicReader deadLetters = TopicReader.fromNow(bootstrapServers, DeadLetters.topicFor(IN));
             KafkaProducer<String, String> producer = producer()) {
            RecordHeaders forgedSource = cloudEvent(forged);
            forgedSource.remove(CloudEventHeaders.CE_SOURCE);
            forgedSource.add(CloudEventHeaders.CE_SOURCE, bytes("/someone-else"));
            send(producer, key, forgedSource, "{\"action\":\"ok\",\"note\":\"forged\"}");
            send(producer, key, cloudEvent(longId), "{\"action\":\"ok\",\"note\":\"long id\"}");
            send(producer, key, cloudEvent(nul), "{\"action\":\"ok\",\"note\":\"nul \\u0000 in text\"}");
            send(producer, key, cloudEvent(good), "{\"action\":\"ok\",\"note\":\"after the refused\"}");

            Await.until(Duration.ofSeconds(20), "the event after the refused ones consumed", () -> effects(good) == 1);
            List<ConsumerRecord<String, String>> letters = OutboxRelayTest.onlyKey(
                    deadLetters.readUntil(Duration.ofSeconds(10), received -> OutboxRelayTest.onlyKey(received, key).size() >= 3),
                    key);
            assertEquals(3, letters.size(), "every refused event dead-lettered once");
            assertTrue(reason(letters.get(0)).contains("only /messaging-test publishes there"), reason(letters.get(0)));
            assertTrue(reason(letters.get(1)).contains("more than 255"), reason(letters.get(1)));
            assertTrue(reason(letters.get(2)).contains("control character"), reason(letters.get(2)));
            assertEquals(0, effects(forged) + effects(longId) + effects(nul), "nothing refused took effect");
            assertEquals(0, db.count("select count(*) from processed_event where event_id in (?, ?, ?)", forged, longId, nul));
        }
    }

    @Test
    void transientFailuresAreRetriedInPlaceAndNeverDeadLettered() throws Exception {
        String topic = IN;
        String id = UUID.randomUUID().toString();
        double deadLetteredBefore = deadLettered("synthetic-consumer");
        AtomicInteger calls = new AtomicInteger();
        Outcome recovered = accept(syntheticRecord(topic, id), event -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("database unavailable");
            }
            testConsumer.apply(event);
        });
        assertTrue(recovered.acked(), "acked after the third attempt succeeded");
        assertNull(recovered.nackReason());
        assertEquals(1, effects(id));

        Outcome givenUp = accept(syntheticRecord(topic, UUID.randomUUID().toString()), event -> {
            throw new IllegalStateException("database unavailable");
        });
        assertFalse(givenUp.acked());
        assertEquals("database unavailable", givenUp.nackReason().getMessage(), "nacked after the last attempt");
        assertEquals(deadLetteredBefore, deadLettered("synthetic-consumer"), "nothing was dead-lettered");
    }

    private double deadLettered(String consumerName) {
        Counter counter = meters.find("boligsocial.consumer.dead-lettered").tag("consumer", consumerName).counter();
        return counter == null ? 0 : counter.count();
    }

    record Outcome(boolean acked, Throwable nackReason) {
    }

    private Outcome accept(ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        AtomicReference<Boolean> acked = new AtomicReference<>(false);
        AtomicReference<Throwable> nacked = new AtomicReference<>();
        Message<String> message = Message.of(record.value(),
                Metadata.of(new IncomingKafkaRecordMetadata<>(record, "synthetic")),
                () -> {
                    acked.set(true);
                    return CompletableFuture.completedFuture(null);
                },
                reason -> {
                    nacked.set(reason);
                    return CompletableFuture.completedFuture(null);
                });
        consumer.accept("synthetic-consumer", message, effect).toCompletableFuture().join();
        return new Outcome(acked.get(), nacked.get());
    }

    private static ConsumerRecord<String, String> syntheticRecord(String topic, String id) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 42L, "key-" + id,
                "{\"action\":\"ok\",\"note\":\"synthetic\"}");
        cloudEvent(id).forEach(header -> record.headers().add(header));
        return record;
    }

    private long effects(String eventId) {
        return db.count("select count(*) from test_effect where event_id = ?", eventId);
    }

    private static IncomingEvent event(String id, String action) {
        return new IncomingEvent(id, "dk.kk.boligsocial.test.v1", "/messaging-test", "subject-" + id, null, null,
                "{\"action\":\"" + action + "\",\"note\":\"" + action + "\"}");
    }

    private static RecordHeaders cloudEvent(String id) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.CE_SPECVERSION, bytes("1.0"));
        headers.add(CloudEventHeaders.CE_ID, bytes(id));
        headers.add(CloudEventHeaders.CE_TYPE, bytes("dk.kk.boligsocial.test.v1"));
        headers.add(CloudEventHeaders.CE_SOURCE, bytes("/messaging-test"));
        headers.add(CloudEventHeaders.CE_TIME, bytes("2026-01-05T10:15:30.123Z"));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"));
        return headers;
    }

    private static String reason(ConsumerRecord<String, String> letter) {
        return TopicReader.header(letter, DeadLetters.REASON);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(TestKafka.clientConfig(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())));
    }

    private static void send(KafkaProducer<String, String> producer, String key, RecordHeaders headers, String value) {
        try {
            producer.send(new ProducerRecord<>(IN, null, key, value, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
