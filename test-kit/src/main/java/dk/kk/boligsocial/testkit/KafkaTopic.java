package dk.kk.boligsocial.testkit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A topic of the test broker (the application's {@code kafka.bootstrap.servers}), read and written
 * the way an integrator or another service would: records by key from the beginning, and
 * CloudEvents in Kafka binary mode.
 *
 * <p>The test broker runs with authentication and ACLs: records are read as its super user and written as the
 * service that owns the topic ({@code plans-service} for {@code boligsocial.plans}, ...), or as the user given to
 * {@link #as}; the users' client settings are the files in {@code boligsocial.test.kafka.clients-dir} (written by
 * local-kafka's test resource). Without that setting the broker is taken to need no login.
 */
public final class KafkaTopic {

    static final String CLIENTS_DIR = "boligsocial.test.kafka.clients-dir";
    static final String SUPER_USER = "admin";
    private static final Map<String, String> OWNERS = Map.of(
            "boligsocial.plans", "plans-service",
            "boligsocial.funding", "funding-service",
            "boligsocial.evaluations", "evaluation-service");

    private final String topic;
    private final String writer;

    private KafkaTopic(String topic, String writer) {
        this.topic = topic;
        this.writer = writer;
    }

    public static KafkaTopic named(String topic) {
        return new KafkaTopic(topic, OWNERS.getOrDefault(topic, SUPER_USER));
    }

    /** This topic, written as {@code user} (e.g. to show that another service may not write it). */
    public KafkaTopic as(String user) {
        return new KafkaTopic(topic, user);
    }

    /**
     * The client settings of {@code user} on the test broker (bootstrap servers and login); only the bootstrap
     * servers when the broker needs no login.
     */
    public static Properties clientProperties(String user) {
        Properties props = new Properties();
        Optional<String> clients = ConfigProvider.getConfig().getOptionalValue(CLIENTS_DIR, String.class);
        if (clients.isPresent()) {
            try (Reader in = Files.newBufferedReader(Path.of(clients.get()).resolve(user + ".properties"))) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("no client settings for user " + user + " in " + clients.get(), e);
            }
        }
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /**
     * The records with this key, in topic order: waits until at least {@code expected} have arrived
     * (or the timeout passes), then reads on for a second so that an extra record would be seen too.
     */
    public List<ConsumerRecord<String, String>> recordsWithKey(String key, int expected, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.partitionsFor(topic, Duration.ofSeconds(5))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant settle = null;
            while (Instant.now().isBefore(deadline) && (settle == null || Instant.now().isBefore(settle))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
                if (settle == null && found.size() >= expected) {
                    settle = Instant.now().plusSeconds(1);
                }
            }
        }
        return found;
    }

    /** Sends a CloudEvent (binary mode) and waits for the broker's acknowledgement; returns its ce_id. */
    public String publish(String key, String ceType, String source, String json) {
        return publish(key, UUID.randomUUID().toString(), ceType, source, json);
    }

    /** As {@link #publish(String, String, String, String)} with a given ce_id, e.g. to deliver a duplicate. */
    public String publish(String key, String ceId, String ceType, String source, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", ceId);
        header(record, "ce_type", ceType);
        header(record, "ce_source", source);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", key);
        header(record, "content-type", "application/json");
        send(record);
        return ceId;
    }

    /** Sends a raw record (e.g. a poison message) and waits for the acknowledgement. */
    public void send(ProducerRecord<String, String> record) {
        Properties props = clientProperties(writer);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            // a refusal (no ACL, no login) may come from the future or, once the producer is in error, from send()
            throw new AssertionError("could not send to " + topic + " as " + writer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Properties consumerProperties() {
        Properties props = clientProperties(SUPER_USER);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
