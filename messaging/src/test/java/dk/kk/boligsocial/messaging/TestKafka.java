package dk.kk.boligsocial.messaging;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * The test broker's address and the test application's login (the broker's super user, see application.properties'
 * test resource), for the tests' own Kafka clients.
 */
final class TestKafka {

    /** The topics the test channel reads and dead-letters to; the broker creates no topic on first use. */
    static final String TOPICS = "messaging-test.in,messaging-test.in.dlq";

    private TestKafka() {
    }

    /** bootstrap.servers, security.protocol, sasl.mechanism and sasl.jaas.config, plus {@code more}. */
    static Map<String, Object> clientConfig(Map<String, Object> more) {
        Map<String, Object> config = new HashMap<>();
        for (String key : new String[] {"bootstrap.servers", "security.protocol", "sasl.mechanism", "sasl.jaas.config"}) {
            ConfigProvider.getConfig().getOptionalValue("kafka." + key, String.class).ifPresent(value -> config.put(key, value));
        }
        config.putAll(more);
        return config;
    }
}
