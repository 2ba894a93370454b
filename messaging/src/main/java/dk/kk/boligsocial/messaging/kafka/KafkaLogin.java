package dk.kk.boligsocial.messaging.kafka;

import dk.kk.boligsocial.messaging.MessagingConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses to start a service that is not told how to log in to Kafka. Kafka is a trust boundary: a service that
 * connected anonymously would let anyone who can reach the broker write its events. Accepted are SASL
 * ({@code kafka.security.protocol} {@code SASL_SSL}, or {@code SASL_PLAINTEXT} on a trusted network such as a local
 * broker) with a {@code kafka.sasl.jaas.config}, and mutual TLS ({@code SSL} with a client key). {@code PLAINTEXT}, and
 * {@code SSL} without a client key, only with {@code boligsocial.messaging.kafka.allow-unauthenticated=true}.
 * Every client of the service (channels, outbox relay, dead letters, health check) uses the same {@code kafka.*}
 * settings, so one check covers them all. Runs before the channels connect.
 */
@ApplicationScoped
public class KafkaLogin {

    private static final Logger LOG = Logger.getLogger(KafkaLogin.class);

    private final Map<String, Object> kafkaConfig;
    private final boolean allowUnauthenticated;

    public KafkaLogin(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MessagingConfig config) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.allowUnauthenticated = config.kafka().allowUnauthenticated();
    }

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        List<String> problems = problems(kafkaConfig, allowUnauthenticated);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Kafka login: " + String.join("; ", problems));
        }
        LOG.infof("Kafka clients log in with %s%s", protocol(kafkaConfig),
                kafkaConfig.containsKey("sasl.mechanism") && protocol(kafkaConfig).startsWith("SASL")
                        ? " (" + kafkaConfig.get("sasl.mechanism") + ")" : "");
    }

    /** What is wrong with the client settings; empty when the service may start. */
    static List<String> problems(Map<String, Object> kafkaConfig, boolean allowUnauthenticated) {
        List<String> problems = new ArrayList<>();
        String protocol = protocol(kafkaConfig);
        switch (protocol) {
            case "SASL_SSL", "SASL_PLAINTEXT" -> {
                if (blank(kafkaConfig.get("sasl.jaas.config"))) {
                    problems.add("kafka.security.protocol is " + protocol + " but no login is configured: set"
                            + " KAFKA_SASL_JAAS_CONFIG (kafka.sasl.jaas.config), e.g. org.apache.kafka.common.security.scram"
                            + ".ScramLoginModule required username=\"funding-service\" password=\"...\";");
                }
            }
            case "SSL" -> {
                if (!allowUnauthenticated && blank(kafkaConfig.get("ssl.keystore.location"))
                        && blank(kafkaConfig.get("ssl.keystore.key")) && blank(kafkaConfig.get("tls-configuration-name"))) {
                    problems.add("kafka.security.protocol is SSL without a client key (kafka.ssl.keystore.location or"
                            + " kafka.tls-configuration-name): the broker could not tell who this service is");
                }
            }
            case "PLAINTEXT" -> {
                if (!allowUnauthenticated) {
                    problems.add("kafka.security.protocol is PLAINTEXT: the broker could not tell who this service is."
                            + " Set KAFKA_SECURITY_PROTOCOL (SASL_SSL, or SSL with a client key) and KAFKA_SASL_MECHANISM /"
                            + " KAFKA_SASL_JAAS_CONFIG, or boligsocial.messaging.kafka.allow-unauthenticated=true for a"
                            + " broker that is not shared");
                }
            }
            default -> problems.add("kafka.security.protocol " + protocol + " is not one of SASL_SSL, SASL_PLAINTEXT,"
                    + " SSL, PLAINTEXT");
        }
        return problems;
    }

    private static String protocol(Map<String, Object> kafkaConfig) {
        Object value = kafkaConfig.get("security.protocol");
        return blank(value) ? "PLAINTEXT" : value.toString().trim().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
