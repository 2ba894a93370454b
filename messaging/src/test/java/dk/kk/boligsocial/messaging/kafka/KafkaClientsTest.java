package dk.kk.boligsocial.messaging.kafka;

import dk.kk.boligsocial.messaging.MessagingConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The library's own clients (outbox relay, dead letters, health check) log in exactly as the channels do: every
 * security setting of the application's {@code kafka.*} configuration reaches them.
 */
class KafkaClientsTest {

    private static final Map<String, Object> KAFKA = Map.of(
            "bootstrap.servers", "broker-1:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
            "ssl.truststore.location", "/etc/kafka/truststore.p12",
            "ssl.truststore.password", "changeit",
            "ssl.endpoint.identification.algorithm", "https",
            "tls-configuration-name", "kafka",
            "group.id", "funding-service",
            "auto.offset.reset", "earliest");

    private final KafkaClients clients = new KafkaClients(KAFKA, config("/funding-service"));

    @Test
    void theRelayAndDeadLetterProducerGetEverySecuritySetting() {
        Map<String, Object> producer = clients.producerSettings("outbox-relay", Duration.ofSeconds(10));

        for (String key : new String[] {"bootstrap.servers", "security.protocol", "sasl.mechanism", "sasl.jaas.config",
                "ssl.truststore.location", "ssl.truststore.password", "ssl.endpoint.identification.algorithm",
                "tls-configuration-name"}) {
            assertEquals(KAFKA.get(key), producer.get(key), key);
        }
        assertFalse(producer.containsKey("group.id"), "consumer settings stay with the consumers");
    }

    @Test
    void theHealthChecksAdminClientGetsThemToo() {
        Map<String, Object> admin = clients.adminSettings("health", Duration.ofSeconds(2));

        for (String key : new String[] {"security.protocol", "sasl.mechanism", "sasl.jaas.config", "ssl.truststore.location"}) {
            assertEquals(KAFKA.get(key), admin.get(key), key);
        }
    }

    /** Only source() is read by KafkaClients. */
    private static MessagingConfig config(String source) {
        return (MessagingConfig) Proxy.newProxyInstance(MessagingConfig.class.getClassLoader(),
                new Class<?>[] {MessagingConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("source")) {
                        return source;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
