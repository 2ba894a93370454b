package dk.kk.boligsocial.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(LocalKafkaTestResource.class)
class LocalKafkaTestResourceTest {

    @InjectLocalKafka
    LocalKafka kafka;

    @Test
    void injectsTheRunningBrokerAndPointsKafkaConfigAtIt() throws Exception {
        assertNotNull(kafka, "@InjectLocalKafka field was not filled");
        assertTrue(kafka.isRunning());
        String configured = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        assertEquals(kafka.bootstrapServers(), configured);

        assertEquals("SASL_PLAINTEXT", ConfigProvider.getConfig().getValue("kafka.security.protocol", String.class));
        Map<String, String> admin = KafkaClients.login(
                Path.of(ConfigProvider.getConfig().getValue(LocalKafkaTestResource.CLIENTS_DIR_PROPERTY, String.class)).getParent(),
                KafkaTopology.ADMIN);
        KafkaClients.produce(admin, KafkaTopology.PLANS, "hello");
        assertEquals(List.of("hello"), KafkaClients.consume(admin, KafkaTopology.PLANS, 1));
    }
}
