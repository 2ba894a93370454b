package dk.kk.boligsocial.system;

import dk.kk.boligsocial.kafka.KafkaTopology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of the test broker from the beginning, as an integrator would (its own login, no consumer group). */
final class Topic {

    record Event(String key, String type, String id, String json, String deadLetterConsumer, String traceparent) {

        Event(String key, String type, String id, String json) {
            this(key, type, id, json, null, null);
        }
    }

    private Topic() {
    }

    /**
     * The events matching {@code filter}, in topic order: waits until {@code expected} have arrived (or the timeout
     * passed), then reads on for another second so that an extra (duplicate) one would be seen too.
     */
    static List<Event> read(String bootstrapServers, String topic, Predicate<Event> filter, int expected, Duration timeout) {
        // dead letters are for operators (the broker's super user); the event topics for integrators
        Properties props = BrokerLogins.clientProperties(topic.endsWith(KafkaTopology.DEAD_LETTER_SUFFIX)
                ? KafkaTopology.ADMIN : KafkaTopology.INTEGRATOR);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Event> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                consumer.partitionsFor(topic, Duration.ofSeconds(5)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long settle = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settle)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Event event = new Event(record.key(), header(record, "ce_type"), header(record, "ce_id"), record.value(),
                            header(record, "dead-letter-consumer"), header(record, "traceparent"));
                    if (filter.test(event)) {
                        found.add(event);
                    }
                }
                if (settle == Long.MAX_VALUE && found.size() >= expected) {
                    settle = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                }
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
