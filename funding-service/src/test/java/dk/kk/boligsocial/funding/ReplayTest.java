package dk.kk.boligsocial.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.testkit.Await;
import dk.kk.boligsocial.testkit.KafkaTopic;
import dk.kk.boligsocial.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The whole of boligsocial.plans delivered again from offset 0, as after a lost consumer-group offset or a reset:
 * every record is handled a second time and nothing changes: no ledger entry, no state, no audit record, no
 * funding event.
 */
@QuarkusTest
class ReplayTest {

    private static final String PLANS_TOPIC = "boligsocial.plans";
    private static final String FUNDING_TOPIC = "boligsocial.funding";

    @Test
    void replayingThePlansTopicFromOffsetZeroChangesNothing() throws Exception {
        // a history of every kind of effect, whatever other test classes left on the topic before
        String round = Fixtures.newRound("10000000.00");
        UUID org = UUID.randomUUID();
        Fixtures.committedPlan(round);
        UUID withdrawn = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(withdrawn, round, org, Fixtures.budget("500000.00"))));
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.withdrawn(withdrawn, round, org)));
        UUID refusedThenRejected = UUID.randomUUID();
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.prequalified(refusedThenRejected, round, org, List.of(
                Fixtures.line(BudgetSource.MUNICIPALITY, 2012, "100000.00"),
                Fixtures.line(BudgetSource.HOUSING_ORGANISATION, 2012, "1.00")))));
        Fixtures.awaitProcessed(Fixtures.publish(Fixtures.rejected(refusedThenRejected, round, org)));
        Await.until(Duration.ofSeconds(30), () -> Sql.count("select count(*) from outbox_event") == 0);

        List<Long> before = fingerprint();
        long fundingEventsBefore = endOffsets(FUNDING_TOPIC);
        long processedBefore = Sql.count("select count(*) from processed_event");

        List<ConsumerRecord<String, String>> history = everything(PLANS_TOPIC);
        assertTrue(history.size() >= 6, "the topic holds this test's own events at least: " + history.size());
        Map<Integer, String> lastKeyOfPartition = new HashMap<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            for (ConsumerRecord<String, String> record : history) {
                // same partition, key, value and ce_* headers: to the consumer it is the record once more
                sent.add(producer.send(new ProducerRecord<>(PLANS_TOPIC, record.partition(), record.key(),
                        record.value(), record.headers())));
                lastKeyOfPartition.put(record.partition(), record.key());
            }
            for (Future<RecordMetadata> ack : sent) {
                ack.get(30, TimeUnit.SECONDS);
            }
        }
        // a marker behind the replay on every partition it touched; once those are handled, so is the replay
        lastKeyOfPartition.values().forEach(key -> Fixtures.awaitDrained(UUID.fromString(key)));
        Await.until(Duration.ofSeconds(30), () -> Sql.count("select count(*) from outbox_event") == 0);

        assertEquals(before, fingerprint(), "ledger, plan states and audit trail are as before the replay");
        assertEquals(processedBefore + lastKeyOfPartition.size(), Sql.count("select count(*) from processed_event"),
                "only the markers are new events");
        assertEquals(fundingEventsBefore, endOffsets(FUNDING_TOPIC), "no funding event was published again");
    }

    private static List<Long> fingerprint() {
        return List.of(
                Sql.count("select count(*) from ledger_entry"),
                Sql.count("select coalesce(sum(amount * 100), 0)::bigint from ledger_entry"),
                Sql.count("select count(*) from plan_funding"),
                Sql.count("""
                        select coalesce(sum(hashtext(plan_id::text || state || version || budget_basis
                                                     || committed_without_reservation)), 0)
                        from plan_funding"""),
                Sql.count("select count(*) from audit_record"));
    }

    private static List<ConsumerRecord<String, String>> everything(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertTrue(Instant.now().isBefore(deadline), "could not read " + topic + " to its end");
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static long endOffsets(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Read as the broker's super user: funding-service itself may read only in its own consumer group. */
    private static Properties consumerProperties() {
        Properties props = KafkaTopic.clientProperties("admin");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    /** Written as plans-service, the only one who may write boligsocial.plans. */
    private static Properties producerProperties() {
        Properties props = KafkaTopic.clientProperties("plans-service");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }
}
