package dk.kk.boligsocial.messaging.kafka;

import dk.kk.boligsocial.messaging.MessagingConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the library's own Kafka clients from the application's {@code kafka.*} configuration
 * (bootstrap servers, TLS, SASL, ...: the same map Quarkus gives the SmallRye channels, filled from
 * {@code kafka.*} properties and {@code KAFKA_*} environment variables), so an operator configures one
 * cluster and one login in one place, and the relay, the dead letters and the health check log in as
 * the channels do.
 */
@ApplicationScoped
public class KafkaClients {

    private static final AtomicInteger CLIENT_SEQUENCE = new AtomicInteger();
    /**
     * Not a Kafka setting, but read by Quarkus' {@code ssl.engine.factory.class} when TLS comes from the Quarkus TLS
     * registry ({@code kafka.tls-configuration-name}): it must reach the client with it.
     */
    private static final String TLS_CONFIGURATION_NAME = "tls-configuration-name";

    private final Map<String, Object> kafkaConfig;
    private final String clientIdPrefix;

    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MessagingConfig config) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.clientIdPrefix = config.source().replaceAll("[^A-Za-z0-9._-]", "").replaceFirst("^[._-]+", "");
    }

    /**
     * An idempotent producer ({@code acks=all}) whose every send completes, successfully or not,
     * within {@code sendTimeout}, and whose {@code send()} blocks at most that long when the
     * broker is unreachable. Only relay and dead-letter code call it, never a business thread.
     */
    public Producer<byte[], byte[]> reliableProducer(String purpose, Duration sendTimeout) {
        return new KafkaProducer<>(producerSettings(purpose, sendTimeout));
    }

    /** The settings of {@link #reliableProducer}. */
    Map<String, Object> producerSettings(String purpose, Duration sendTimeout) {
        Map<String, Object> settings = filtered(ProducerConfig.configNames());
        int timeoutMs = Math.toIntExact(sendTimeout.toMillis());
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId(purpose));
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // The relay sends as soon as it is woken; batching would only add latency.
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return settings;
    }

    /** An admin client for cheap reachability checks. */
    public Admin admin(String purpose, Duration timeout) {
        return Admin.create(adminSettings(purpose, timeout));
    }

    /** The settings of {@link #admin}. */
    Map<String, Object> adminSettings(String purpose, Duration timeout) {
        Map<String, Object> settings = filtered(AdminClientConfig.configNames());
        int timeoutMs = Math.toIntExact(timeout.toMillis());
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId(purpose));
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        return settings;
    }

    /**
     * A consumer without a group, for reading a topic from its beginning by {@code assign} (a read model's rebuild):
     * it commits nothing, so it needs read access to the topic only, and leaves every group's offsets alone.
     */
    public Consumer<String, String> replayConsumer(String purpose) {
        Map<String, Object> settings = filtered(ConsumerConfig.configNames());
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId(purpose));
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(settings);
    }

    /** Only keys the client knows, so that consumer or channel settings cause no warnings. */
    private Map<String, Object> filtered(Set<String> known) {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (known.contains(key) || TLS_CONFIGURATION_NAME.equals(key)) {
                settings.put(key, value);
            }
        });
        return settings;
    }

    /** Unique per client: Kafka registers an MBean per client id. */
    private String clientId(String purpose) {
        return clientIdPrefix + "-" + purpose + "-" + CLIENT_SEQUENCE.incrementAndGet();
    }
}
