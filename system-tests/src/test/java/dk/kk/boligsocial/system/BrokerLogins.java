package dk.kk.boligsocial.system;

import dk.kk.boligsocial.kafka.KafkaTopology;
import dk.kk.boligsocial.kafka.LocalKafka;
import java.util.Map;
import java.util.Properties;

/**
 * The logins of the system's broker, which runs with authentication and ACLs as in production: each service logs in
 * as itself, through the same {@code KAFKA_*} environment variables an operator sets (docker-compose.yml, README), and
 * the tests read topics as an integrator would. Set once by {@link BoligsocialSystem} when the broker is up.
 */
final class BrokerLogins {

    private static volatile LocalKafka broker;

    private BrokerLogins() {
    }

    static void use(LocalKafka kafka) {
        broker = kafka;
    }

    /** KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM and KAFKA_SASL_JAAS_CONFIG of {@code service}'s own user. */
    static Map<String, String> environmentOf(String service) {
        Map<String, String> login = current().clientProperties(service);
        return Map.of(
                "KAFKA_SECURITY_PROTOCOL", login.get("security.protocol"),
                "KAFKA_SASL_MECHANISM", login.get("sasl.mechanism"),
                "KAFKA_SASL_JAAS_CONFIG", login.get("sasl.jaas.config"));
    }

    /** Client settings (bootstrap servers and login) of {@code user}, e.g. {@link KafkaTopology#INTEGRATOR}. */
    static Properties clientProperties(String user) {
        Properties properties = new Properties();
        properties.putAll(current().clientProperties(user));
        return properties;
    }

    private static LocalKafka current() {
        LocalKafka kafka = broker;
        if (kafka == null) {
            throw new IllegalStateException("the system's broker is not running");
        }
        return kafka;
    }
}
