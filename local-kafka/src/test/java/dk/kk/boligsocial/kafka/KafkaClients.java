package dk.kk.boligsocial.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain kafka-clients producers and consumers against a test broker, logged in with the given client settings. */
final class KafkaClients {

    private static final Duration CONSUME_TIMEOUT = Duration.ofSeconds(20);

    private KafkaClients() {
    }

    /** The client settings a broker wrote for {@code user} ({@code clients/<user>.properties} in its data directory). */
    static Map<String, String> login(Path dataDir, String user) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve("clients").resolve(user + ".properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> login = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> login.put(key, properties.getProperty(key)));
        return login;
    }

    static void produce(Map<String, String> login, String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = producer(login, Duration.ofSeconds(15))) {
            producer.send(new ProducerRecord<>(topic, value, value)).get(20, TimeUnit.SECONDS);
        }
    }

    static KafkaProducer<String, String> producer(Map<String, String> login, Duration giveUpAfter) {
        int timeout = (int) giveUpAfter.toMillis();
        Map<String, Object> config = new HashMap<>(login);
        config.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout,
                ProducerConfig.LINGER_MS_CONFIG, 0));
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Reads the topic from the beginning in a new consumer group until {@code expected} values arrived. */
    static List<String> consume(Map<String, String> login, String topic, int expected) {
        return consume(login, topic, "local-kafka-test-" + UUID.randomUUID(), expected);
    }

    static List<String> consume(Map<String, String> login, String topic, String group, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(login, group)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + CONSUME_TIMEOUT.toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    /** Every value of the topic, read from the beginning to its current end (no consumer group). */
    static List<String> readAll(Map<String, String> login, String topic) {
        List<String> values = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(login);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + CONSUME_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    static Set<String> topics(Map<String, String> login) {
        try (KafkaConsumer<String, String> consumer = consumer(login, "local-kafka-test-" + UUID.randomUUID())) {
            return consumer.listTopics(Duration.ofSeconds(10)).keySet();
        }
    }

    private static KafkaConsumer<String, String> consumer(Map<String, String> login, String group) {
        Map<String, Object> config = new HashMap<>(login);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}
