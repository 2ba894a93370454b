package dk.kk.boligsocial.messaging.kafka;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service that is not told how to log in to Kafka does not start. */
class KafkaLoginTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"funding-service\" password=\"secret\";";

    @Test
    void saslWithALoginAndMutualTlsAreAccepted() {
        assertEquals(List.of(), KafkaLogin.problems(Map.of("security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", JAAS), false));
        assertEquals(List.of(), KafkaLogin.problems(Map.of("security.protocol", "SASL_PLAINTEXT",
                "sasl.jaas.config", JAAS), false));
        assertEquals(List.of(), KafkaLogin.problems(Map.of("security.protocol", "SSL",
                "ssl.keystore.location", "/etc/kafka/funding-service.p12"), false));
        assertEquals(List.of(), KafkaLogin.problems(Map.of("security.protocol", "ssl",
                "tls-configuration-name", "kafka"), false));
    }

    @Test
    void saslWithoutALoginIsRefusedWithWhatToSet() {
        List<String> problems = KafkaLogin.problems(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512"),
                false);

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("KAFKA_SASL_JAAS_CONFIG"), problems.get(0));
    }

    @Test
    void anonymousClientsOnlyWhenExplicitlyAllowed() {
        assertEquals(1, KafkaLogin.problems(Map.of(), false).size(), "no protocol is PLAINTEXT");
        assertEquals(1, KafkaLogin.problems(Map.of("security.protocol", "PLAINTEXT"), false).size());
        assertEquals(1, KafkaLogin.problems(Map.of("security.protocol", "SSL"), false).size(), "TLS without a client key");
        assertEquals(1, KafkaLogin.problems(Map.of("security.protocol", "SASL_KERBEROS"), true).size(), "not a protocol");

        assertEquals(List.of(), KafkaLogin.problems(Map.of("security.protocol", "PLAINTEXT"), true));
        assertEquals(List.of(), KafkaLogin.problems(Map.of("security.protocol", "SSL"), true));
    }
}
